package org.slant.extract.boilerplate;

import org.slant.text.Forms;
import org.slant.text.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The block feature "similarity": for each block, the share of its distinct content words (three letters or
 * more, not stop words) that occur in some other reference block: how much it is about what the article is
 * about. Teasers for other stories and injected offers score low; the article's own short lines score high.
 *
 * <p>Two ways to the same figures. When every content word carries its form's id ({@link Token#form()}, given
 * whenever the loaded-language model is on), the words are counted in a table keyed by that int: the string
 * map's hashing and {@code equals} calls (C1 inlines neither) were 3% of the real-text profile (issue 21).
 * Otherwise, or when the article holds a word without an id, by the word's string ({@link #byWords}).
 */
final class Similarity {

    private Similarity() {
    }

    static double[] of(List<BlockText> texts, boolean[] prose) {
        int tokens = 0;
        for (BlockText t : texts) {
            tokens += t.tokens().size();
        }
        double[] byForm = byForms(texts, prose, tokens);
        return byForm != null ? byForm : byWords(texts, prose, tokens);
    }

    /**
     * By form id, in an open-addressing table of ids with three counters per slot (as in {@link #byWords});
     * null as soon as a content word has no id (ids are one per distinct word, so equal ids are equal words).
     */
    static double[] byForms(List<BlockText> texts, boolean[] prose, int tokens) {
        // at most one slot in two used: the distinct words are no more than the tokens, nor than the forms with ids
        int words = Math.max(16, Math.min(tokens, Forms.size()));
        int cap = Integer.highestOneBit(words * 2 - 1) << 1;
        int mask = cap - 1;
        int[] keys = new int[cap];          // id + 1; 0 for an empty slot
        int[] lastProse = new int[cap];     // the last prose block that counted the word
        int[] proseBlocks = new int[cap];   // prose blocks holding it
        int[] lastBlock = new int[cap];     // the last block that counted it as one of its distinct words
        int[][] slots = new int[texts.size()][];   // per prose block, per token: its word's slot, or -1
        for (int i = 0; i < texts.size(); i++) {
            if (!prose[i]) {
                continue;
            }
            Token[] ts = texts.get(i).tokens().toArray(new Token[0]);
            int[] masks = texts.get(i).stopMasks();
            int[] own = slots[i] = new int[masks.length];
            for (int k = 0; k < masks.length; k++) {
                Token t = ts[k];
                if (!content(t, masks[k])) {
                    own[k] = -1;
                    continue;
                }
                int id = t.form();
                if (id < 0) {
                    return null;
                }
                int s = slot(keys, mask, id);
                if (keys[s] == 0) {
                    keys[s] = id + 1;
                    lastProse[s] = i;
                    proseBlocks[s] = 1;
                    lastBlock[s] = -1;
                } else if (lastProse[s] != i) {
                    lastProse[s] = i;
                    proseBlocks[s]++;
                }
                own[k] = s;
            }
        }
        double[] out = new double[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            int distinct = 0;
            int shared = 0;
            int[] own = slots[i];
            Token[] ts = own == null ? texts.get(i).tokens().toArray(new Token[0]) : null;
            int[] masks = texts.get(i).stopMasks();
            for (int k = 0; k < masks.length; k++) {
                int s;
                if (own != null) {
                    s = own[k];
                    if (s < 0) {
                        continue;
                    }
                } else {
                    Token t = ts[k];
                    if (!content(t, masks[k])) {
                        continue;
                    }
                    if (t.form() < 0) {
                        return null;
                    }
                    s = slot(keys, mask, t.form());
                    if (keys[s] == 0) {
                        keys[s] = t.form() + 1;
                        lastProse[s] = -1;
                        proseBlocks[s] = 0;
                        lastBlock[s] = i;
                        distinct++;
                        continue;
                    }
                }
                if (lastBlock[s] != i) {
                    lastBlock[s] = i;
                    distinct++;
                    if (proseBlocks[s] - (prose[i] ? 1 : 0) > 0) {
                        shared++;
                    }
                }
            }
            out[i] = distinct == 0 ? 0 : (double) shared / distinct;
        }
        return out;
    }

    /** The slot of the id: its own, or the empty one where it would go (the table is never more than half full). */
    private static int slot(int[] keys, int mask, int id) {
        int key = id + 1;
        int s = (id * 0x9E3779B9 >>> 7) & mask;
        while (keys[s] != 0 && keys[s] != key) {
            s = (s + 1) & mask;
        }
        return s;
    }

    /** By the words' strings: the way for tokens without form ids, and the reference for {@link #byForms}. */
    static double[] byWords(List<BlockText> texts, boolean[] prose, int tokens) {
        // per content word: {last prose block that counted it, prose blocks holding it, last block that counted it
        // as one of its distinct words}; one map for both passes, one lookup per token (a set per block and a
        // second lookup were most of this feature's cost, issue 21)
        Map<String, int[]> words = new HashMap<>(Math.max(16, tokens));
        // per prose block, per token: its word's entry, kept for the second pass, which then looks up only the
        // other blocks' words (issue 21)
        int[][][] entries = new int[texts.size()][][];
        for (int i = 0; i < texts.size(); i++) {
            if (!prose[i]) {
                continue;
            }
            List<Token> ts = texts.get(i).tokens();
            int[] masks = texts.get(i).stopMasks();
            int[][] own = entries[i] = new int[masks.length][];
            for (int k = 0; k < masks.length; k++) {
                Token t = ts.get(k);
                if (content(t, masks[k])) {
                    int[] seen = words.get(t.norm());
                    if (seen == null) {
                        seen = new int[]{i, 1, -1};
                        words.put(t.norm(), seen);
                    } else if (seen[0] != i) {
                        seen[0] = i;
                        seen[1]++;
                    }
                    own[k] = seen;
                }
            }
        }
        double[] out = new double[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            int distinct = 0;
            int shared = 0;
            List<Token> ts = texts.get(i).tokens();
            int[] masks = texts.get(i).stopMasks();
            int[][] own = entries[i];
            for (int k = 0; k < masks.length; k++) {
                if (own != null ? own[k] == null : !content(ts.get(k), masks[k])) {
                    continue;
                }
                int[] seen = own != null ? own[k] : words.get(ts.get(k).norm());
                if (seen == null) {
                    words.put(ts.get(k).norm(), new int[]{-1, 0, i});
                    distinct++;
                } else if (seen[2] != i) {
                    seen[2] = i;
                    distinct++;
                    if (seen[1] - (prose[i] ? 1 : 0) > 0) {
                        shared++;
                    }
                }
            }
            out[i] = distinct == 0 ? 0 : (double) shared / distinct;
        }
        return out;
    }

    /** A content word: a word of three letters or more that no language lists as a stop word. */
    private static boolean content(Token t, int stopMask) {
        return t.type() == Token.Type.WORD && t.norm().length() >= 3 && stopMask == 0;
    }
}
