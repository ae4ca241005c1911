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
 * trigger of every rule (a tenth of the analysis on real news text, issue 21). A table rather than a map keyed
 * by boxed character pairs: the map lookups (two per character, boxing keys) were 8% of the real-text profile.
 */
final class Triggers {

    private final Map<String, Integer> ids = new LinkedHashMap<>();
    private final List<String> strings = new ArrayList<>();
    /** first character -> ids of the triggers that start with it (null when none) */
    private final int[][] byFirst = new int[Character.MAX_VALUE + 1][];
    /** per id: its second character, or -1 for a one-character trigger */
    private int[] second;

    Triggers(List<Rule> patternRules) {
        Map<Character, List<Integer>> starts = new HashMap<>();
        for (Rule r : patternRules) {
            for (String t : r.triggers()) {
                if (t.isEmpty() || ids.containsKey(t)) {
                    continue;
                }
                int id = strings.size();
                ids.put(t, id);
                strings.add(t);
                starts.computeIfAbsent(t.charAt(0), k -> new ArrayList<>()).add(id);
            }
        }
        starts.forEach((k, v) -> byFirst[k] = v.stream().mapToInt(Integer::intValue).toArray());
        second = new int[strings.size()];
        for (int id = 0; id < second.length; id++) {
            String t = strings.get(id);
            second[id] = t.length() > 1 ? t.charAt(1) : -1;
        }
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
            int[] candidates = byFirst[c[i]];
            if (candidates == null) {
                continue;
            }
            for (int id : candidates) {
                int c2 = second[id];
                if (!seen[id] && (c2 < 0 || (i + 1 < n && c[i + 1] == c2 && text.startsWith(strings.get(id), i)))) {
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
