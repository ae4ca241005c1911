package org.slant.extract.boilerplate;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of the pattern rules' trigger strings a block holds, found in one pass over the block: the strings
 * are listed by their first character in a table indexed by the character, so each position of the text costs
 * one array read and a comparison of the next character per candidate, instead of one {@code contains} per
 * trigger of every rule (a tenth of the analysis on real news text, issue 21). Tables rather than a map keyed
 * by boxed character pairs (the map lookups, two per character, were 8% of the real-text profile): one-character
 * triggers by their character, longer ones by a hash of their first two characters, so a position of the text
 * meets only the few triggers that can start there.
 */
final class Triggers {

    private static final int PAIR_BUCKETS = 1 << 14;

    private final Map<String, Integer> ids = new LinkedHashMap<>();
    private final List<String> strings = new ArrayList<>();
    /** character -> ids of the one-character triggers that are it (null when none) */
    private final int[][] single = new int[Character.MAX_VALUE + 1][];
    /** bucket of the first two characters -> ids of the longer triggers in it (null when none) */
    private final int[][] byPair = new int[PAIR_BUCKETS][];
    /** per id: its first and second characters (the second -1 for a one-character trigger) */
    private final int[] first;
    private final int[] second;

    Triggers(List<Rule> patternRules) {
        Map<Integer, List<Integer>> singles = new HashMap<>();
        Map<Integer, List<Integer>> pairs = new HashMap<>();
        for (Rule r : patternRules) {
            for (String t : r.triggers()) {
                if (t.isEmpty() || ids.containsKey(t)) {
                    continue;
                }
                int id = strings.size();
                ids.put(t, id);
                strings.add(t);
                if (t.length() == 1) {
                    singles.computeIfAbsent((int) t.charAt(0), k -> new ArrayList<>()).add(id);
                } else {
                    pairs.computeIfAbsent(bucket(t.charAt(0), t.charAt(1)), k -> new ArrayList<>()).add(id);
                }
            }
        }
        singles.forEach((k, v) -> single[k] = v.stream().mapToInt(Integer::intValue).toArray());
        pairs.forEach((k, v) -> byPair[k] = v.stream().mapToInt(Integer::intValue).toArray());
        first = new int[strings.size()];
        second = new int[strings.size()];
        for (int id = 0; id < second.length; id++) {
            String t = strings.get(id);
            first[id] = t.charAt(0);
            second[id] = t.length() > 1 ? t.charAt(1) : -1;
        }
    }

    private static int bucket(char a, char b) {
        return ((a << 7) ^ b) & (PAIR_BUCKETS - 1);
    }

    /**
     * The ids of the triggers the (lower-cased) text contains. The text is read from a char array: under C1 (the
     * launcher's compiler for analysis runs) {@code String.charAt} on a UTF-16 string costs a bounds-check call.
     */
    BitSet in(String text) {
        char[] c = text.toCharArray();
        boolean[] seen = new boolean[second.length];
        BitSet found = new BitSet(second.length);
        int n = c.length;
        for (int i = 0; i < n; i++) {
            int[] ones = single[c[i]];
            if (ones != null) {
                for (int id : ones) {
                    if (!seen[id]) {
                        seen[id] = true;
                        found.set(id);
                    }
                }
            }
            if (i + 1 == n) {
                break;
            }
            int[] candidates = byPair[bucket(c[i], c[i + 1])];
            if (candidates == null) {
                continue;
            }
            for (int id : candidates) {
                if (!seen[id] && first[id] == c[i] && second[id] == c[i + 1] && text.startsWith(strings.get(id), i)) {
                    seen[id] = true;
                    found.set(id);
                }
            }
        }
        return found;
    }

    /** Whether any of a rule's triggers is among those found. */
    boolean any(Rule r, BitSet found) {
        for (String t : r.triggers()) {
            Integer id = ids.get(t);
            if (id != null && found.get(id)) {
                return true;
            }
        }
        return false;
    }
}
