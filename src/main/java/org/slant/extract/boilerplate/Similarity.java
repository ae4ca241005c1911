package org.slant.extract.boilerplate;

import org.slant.text.Forms;
import org.slant.text.Token;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The block feature "similarity": for each block, the share of its distinct content words (three letters or
 * more, not stop words) that occur in some other reference block: how much it is about what the article is
 * about. Teasers for other stories and injected offers score low; the article's own short lines score high.
 *
 * <p>Two ways to the same figures. When every content word carries its form's id ({@link Token#form()}, given
 * whenever the loaded-language model is on), the words are counted in arrays indexed by that int, read from
 * {@link BlockText#contentForms()}: the string map's hashing and {@code equals} calls (C1 inlines neither),
 * and reading every token and its word's string again (a cache miss each), were 3% of the real-text profile
 * (issue 21).
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
        double[] byForm = Forms.used() ? byForms(texts, prose) : null;
        return byForm != null ? byForm : byWords(texts, prose, tokens);
    }

    /**
     * By form id: each distinct word an entry with the three counters of {@link #byWords}, found from its id
     * through arrays indexed by id, kept per thread and stamped with the call's number, so that no table is
     * cleared or probed per article (2 MB per thread at most, when every id of {@link Forms} is in use). Null as
     * soon as a content word has no id (ids are one per distinct word, so equal ids are equal words).
     */
    static double[] byForms(List<BlockText> texts, boolean[] prose) {
        int tokens = 0;
        for (BlockText t : texts) {
            tokens += t.contentForms().length;
        }
        Scratch sc = SCRATCH.get();
        // sized up front (ids are below the count of forms the tokenizer had given), so that the loops below
        // keep the arrays in locals: under C1 every field read is a load
        sc.ensure(Forms.size(), tokens);
        int stamp = sc.next();
        int[] stamps = sc.stamps;
        int[] entry = sc.entry;
        int[] lastProse = sc.lastProse;       // per entry: the last prose block that counted the word
        int[] proseBlocks = sc.proseBlocks;   // prose blocks holding it
        int[] lastBlock = sc.lastBlock;       // the last block that counted it as one of its distinct words
        int entries = 0;
        int[][] own = new int[texts.size()][];   // per prose block, per token: its word's entry, or -1
        for (int i = 0; i < texts.size(); i++) {
            if (!prose[i]) {
                continue;
            }
            int[] forms = texts.get(i).contentForms();
            int[] mine = own[i] = new int[forms.length];
            for (int k = 0; k < forms.length; k++) {
                int id = forms[k];
                if (id < 0) {
                    if (id == BlockText.NO_ID) {
                        return null;
                    }
                    mine[k] = -1;
                    continue;
                }
                if (id >= stamps.length) {
                    return null;   // an id given after the count was read: not expected, but never out of bounds
                }
                int e;
                if (stamps[id] == stamp) {
                    e = entry[id];
                    if (lastProse[e] != i) {
                        lastProse[e] = i;
                        proseBlocks[e]++;
                    }
                } else {
                    e = entries++;
                    stamps[id] = stamp;
                    entry[id] = e;
                    lastProse[e] = i;
                    proseBlocks[e] = 1;
                    lastBlock[e] = -1;
                }
                mine[k] = e;
            }
        }
        double[] out = new double[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            int distinct = 0;
            int shared = 0;
            int[] mine = own[i];
            int[] forms = texts.get(i).contentForms();
            int self = prose[i] ? 1 : 0;
            for (int k = 0; k < forms.length; k++) {
                int e;
                if (mine != null) {
                    e = mine[k];
                    if (e < 0) {
                        continue;
                    }
                } else {
                    int id = forms[k];
                    if (id < 0) {
                        if (id == BlockText.NO_ID) {
                            return null;
                        }
                        continue;
                    }
                    if (id >= stamps.length) {
                        return null;
                    }
                    if (stamps[id] != stamp) {
                        e = entries++;
                        stamps[id] = stamp;
                        entry[id] = e;
                        lastProse[e] = -1;
                        proseBlocks[e] = 0;
                        lastBlock[e] = i;
                        distinct++;
                        continue;
                    }
                    e = entry[id];
                }
                if (lastBlock[e] != i) {
                    lastBlock[e] = i;
                    distinct++;
                    if (proseBlocks[e] - self > 0) {
                        shared++;
                    }
                }
            }
            out[i] = distinct == 0 ? 0 : (double) shared / distinct;
        }
        return out;
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /**
     * One thread's arrays for {@link #byForms}: by id, the stamp of the call that last met it and its entry;
     * by entry, its three counters. At most 2 MB by id, when every id of {@link Forms} is in use.
     */
    private static final class Scratch {
        int[] stamps = new int[0];
        int[] entry = new int[0];
        int[] lastProse = new int[0];
        int[] proseBlocks = new int[0];
        int[] lastBlock = new int[0];
        private int stamp;

        void ensure(int ids, int entries) {
            if (stamps.length < ids) {
                int cap = Math.min(Math.max(ids, 2 * stamps.length), Math.max(ids, Forms.CAPACITY));
                stamps = Arrays.copyOf(stamps, cap);
                entry = Arrays.copyOf(entry, cap);
            }
            if (lastProse.length < entries) {
                int cap = Math.max(entries, 2 * lastProse.length);
                lastProse = new int[cap];
                proseBlocks = new int[cap];
                lastBlock = new int[cap];
            }
        }

        /** A new call's stamp; on wrapping round, the old stamps are cleared so none is taken for the new. */
        int next() {
            if (++stamp == 0) {
                Arrays.fill(stamps, 0);
                stamp = 1;
            }
            return stamp;
        }
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
