package org.slant.extract.boilerplate;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of the pattern rules' trigger strings a block holds, found in one pass over the block: the strings
 * are indexed by their first character (an array, no boxing), so a position costs one array read and a
 * compare for each trigger starting with its character, instead of one {@code contains} per trigger of every
 * rule.
 */
final class Triggers {

    private final Map<String, Integer> ids = new LinkedHashMap<>();
    private final List<String> strings = new ArrayList<>();
    /** first character -> trigger ids starting with it (null: none) */
    private final int[][] byFirst = new int[Character.MAX_VALUE + 1][];

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
        starts.forEach((c, v) -> byFirst[c] = v.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The ids of the triggers the (lower-cased) text contains. */
    BitSet in(String text) {
        BitSet found = new BitSet(strings.size());
        for (int i = 0; i < text.length(); i++) {
            int[] candidates = byFirst[text.charAt(i)];
            if (candidates == null) {
                continue;
            }
            for (int id : candidates) {
                if (!found.get(id) && text.startsWith(strings.get(id), i)) {
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
