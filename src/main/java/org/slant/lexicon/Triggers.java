package org.slant.lexicon;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which of a list of rules' trigger strings a text holds once lower-cased (the boilerplate lexicons' pattern
 * rules, the social-post signatures), found in one pass over the text
 * by an Aho-Corasick automaton: one table read per character whatever the number of triggers, where the
 * earlier tables by first character and character pair still compared every trigger that shares a common pair
 * ("re", "co") at each position (6% of the real-text profile, issue 21). The characters are mapped to the
 * triggers' small alphabet through a table that lowers them on the way, so the block is not lowered first.
 */
public final class Triggers {

    private final Map<String, Integer> ids = new LinkedHashMap<>();
    /** char -> alphabet index of its lower case (0: in no trigger; -1: lowered by the whole string only) */
    private final short[] lowerClass = new short[Character.MAX_VALUE + 1];
    /** char -> alphabet index of the character itself, for text already lowered */
    private final short[] selfClass = new short[Character.MAX_VALUE + 1];
    /** a state's row is {@code 1 << shift} entries wide: the alphabet's size rounded up to a power of two */
    private final int shift;
    /**
     * (state << shift) + class -> the next state, as its row's offset (state << shift), bit-inverted when triggers
     * end there: a complete automaton (failure links folded in) whose scan needs no multiplication and no look at
     * what ends on the characters where nothing ends, most of them (issue 21)
     */
    private final int[] next;
    /** longs per state in {@link #ruleMasks} */
    private final int ruleWords;
    /**
     * per state, {@link #ruleWords} longs: a bit per pattern rule (its index) one of whose triggers ends there, so
     * that a block's scan says which rules it lets run: a mask found by a shift, where a list of rule indexes was
     * found by a division by the row width, on every character where a trigger ends (issue 21)
     */
    private final long[] ruleMasks;

    /** An automaton over the triggers of each rule ({@code triggers.get(i)}: rule {@code i}'s, lower-case). */
    public Triggers(List<List<String>> triggers) {
        for (List<String> rule : triggers) {
            for (String t : rule) {
                if (!t.isEmpty()) {
                    ids.putIfAbsent(t, ids.size());
                }
            }
        }
        short classes = 1;
        for (String t : ids.keySet()) {
            for (char ch : t.toCharArray()) {
                if (selfClass[ch] == 0) {
                    selfClass[ch] = classes++;
                }
            }
        }
        int width = classes;
        shift = 32 - Integer.numberOfLeadingZeros(Math.max(1, width - 1));
        for (int ch = 0; ch <= Character.MAX_VALUE; ch++) {
            lowerClass[ch] = special((char) ch) ? -1 : selfClass[lower((char) ch)];
        }
        // the trie, then breadth first: each state's missing moves are its failure state's moves
        List<int[]> moves = new ArrayList<>();
        List<List<Integer>> ends = new ArrayList<>();
        moves.add(new int[width]);
        ends.add(new ArrayList<>());
        for (Map.Entry<String, Integer> e : ids.entrySet()) {
            int s = 0;
            for (char ch : e.getKey().toCharArray()) {
                int c = selfClass[ch];
                if (moves.get(s)[c] == 0) {
                    moves.get(s)[c] = moves.size();
                    moves.add(new int[width]);
                    ends.add(new ArrayList<>());
                }
                s = moves.get(s)[c];
            }
            ends.get(s).add(e.getValue());
        }
        int[] fail = new int[moves.size()];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < width; c++) {
            if (moves.get(0)[c] != 0) {
                queue.add(moves.get(0)[c]);
            }
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            ends.get(s).addAll(ends.get(fail[s]));
            for (int c = 0; c < width; c++) {
                int t = moves.get(s)[c];
                if (t != 0) {
                    fail[t] = moves.get(fail[s])[c];
                    queue.add(t);
                } else {
                    moves.get(s)[c] = moves.get(fail[s])[c];
                }
            }
        }
        int row = 1 << shift;
        next = new int[moves.size() * row];
        ruleWords = Math.max(1, (triggers.size() + 63) >>> 6);
        ruleMasks = new long[moves.size() * ruleWords];
        // per rule, in the order given: the ids of its triggers
        int[][] ofRule = new int[triggers.size()][];
        for (int i = 0; i < ofRule.length; i++) {
            ofRule[i] = triggers.get(i).stream().filter(ids::containsKey).mapToInt(ids::get).toArray();
        }
        for (int s = 0; s < moves.size(); s++) {
            for (int c = 0; c < width; c++) {
                int t = moves.get(s)[c];
                next[s * row + c] = ends.get(t).isEmpty() ? t * row : ~(t * row);
            }
            for (int id : ends.get(s)) {
                for (int i = 0; i < ofRule.length; i++) {
                    for (int of : ofRule[i]) {
                        if (of == id) {
                            ruleMasks[s * ruleWords + (i >>> 6)] |= 1L << i;
                        }
                    }
                }
            }
        }
    }

    /**
     * The characters whose lower case {@code String.toLowerCase(Locale.ROOT)} does not take from the character
     * alone (U+0130 becomes two characters, the capital sigma depends on its neighbours) and surrogates (a
     * supplementary character is lowered as a whole).
     */
    private static boolean special(char ch) {
        return ch == '\u0130' || ch == '\u03A3' || Character.isSurrogate(ch);
    }

    private static char lower(char ch) {
        return ch < 128 ? (ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch) : Character.toLowerCase(ch);
    }

    /**
     * The rules (indexes in the list given) one of whose triggers the lowered text {@code c[from, to)} (also given
     * as a string, or null: then made when needed) contains, a bit each ({@code found[i >>> 6] & (1L << i)}).
     * Read from a char array: under C1 (the launcher's compiler for analysis runs) {@code String.charAt} on a
     * UTF-16 string costs a call.
     */
    public long[] rules(char[] c, int from, int to, String text) {
        return scan(c, from, to, text, ruleMasks, ruleWords);
    }

    /**
     * The pass's tables, for a loop that reads a text's characters for other ends as well and makes the pass on
     * the way (the boilerplate block statistics): for each character {@code ch} of the text, {@code k =
     * classes[ch]}; when {@code k < 0} the loop stops stepping and asks {@link #rules} for the text at the end
     * (the character is lowered only with the whole text); else {@code s = next[s + k]} from {@code s = 0}, and
     * when that is negative, {@code s = ~s} and {@link #ended} adds the rules of the triggers that end there.
     * The answer is then {@link #rules}'s. Written out in the caller's loop: under C1 a call per character
     * would cost what it saves (issue 21).
     */
    public short[] classes() {
        return lowerClass;
    }

    /** See {@link #classes()}. */
    public int[] next() {
        return next;
    }

    /** An empty answer for {@link #ended} to fill. */
    public long[] none() {
        return new long[ruleWords];
    }

    /** See {@link #classes()}: adds to {@code found} the rules whose triggers end at {@code state} (a row offset). */
    public void ended(int state, long[] found) {
        int at = (state >>> shift) * ruleWords;
        for (int w = 0; w < ruleWords; w++) {
            found[w] |= ruleMasks[at + w];
        }
    }

    /** Whether rule {@code i}'s bit is set in {@link #rules}' answer. */
    public static boolean has(long[] found, int i) {
        return (found[i >>> 6] & (1L << i)) != 0;
    }

    /** The bits {@code masks} gives for the states the scan of the lowered text passes. */
    private long[] scan(char[] c, int from, int to, String text, long[] masks, int words) {
        long[] found = new long[words];
        // the tables in locals: the quick compiler (C1) would read each field again on every character
        short[] classes = lowerClass;
        int[] moves = next;
        int sh = shift;
        int s = 0;
        for (int i = from; i < to; i++) {
            int k = classes[c[i]];
            if (k < 0) {
                String whole = text != null ? text : new String(c, from, to - from);
                return scanLowered(whole.toLowerCase(Locale.ROOT).toCharArray(), masks, words);
            }
            s = moves[s + k];
            if (s < 0) {
                s = ~s;
                int at = (s >>> sh) * words;
                for (int w = 0; w < words; w++) {
                    found[w] |= masks[at + w];
                }
            }
        }
        return found;
    }

    private long[] scanLowered(char[] c, long[] masks, int words) {
        long[] found = new long[words];
        int s = 0;
        for (char ch : c) {
            s = next[s + selfClass[ch]];
            if (s < 0) {
                s = ~s;
                int at = (s >>> shift) * words;
                for (int w = 0; w < words; w++) {
                    found[w] |= masks[at + w];
                }
            }
        }
        return found;
    }

    /** The triggers, by id (for tests). */
    public List<String> strings() {
        return List.copyOf(ids.keySet());
    }

    public static String lowered(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (special(c[i])) {
                return text.toLowerCase(Locale.ROOT);
            }
            c[i] = lower(c[i]);
        }
        return new String(c);
    }
}
