package org.slant.extract.boilerplate;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of the pattern rules' trigger strings a block holds, found in one pass over the block: the strings
 * are indexed by their first two characters, so each position of the text costs one lookup, instead of one
 * {@code contains} per trigger of every rule (a tenth of the analysis on real news text, issue 21).
 */
final class Triggers {

    private final Map<String, Integer> ids = new LinkedHashMap<>();
    private final List<String> strings = new ArrayList<>();
    /** first two characters (or the one of a one-character trigger) -> trigger ids */
    private final Map<Integer, int[]> byStart = new HashMap<>();

    Triggers(List<Rule> patternRules) {
        Map<Integer, List<Integer>> starts = new HashMap<>();
        for (Rule r : patternRules) {
            for (String t : r.triggers()) {
                if (t.isEmpty() || ids.containsKey(t)) {
                    continue;
                }
                int id = strings.size();
                ids.put(t, id);
                strings.add(t);
                starts.computeIfAbsent(key(t, 0), k -> new ArrayList<>()).add(id);
            }
        }
        starts.forEach((k, v) -> byStart.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    }

    private static int key(String s, int at) {
        return s.length() - at >= 2 ? (s.charAt(at) << 16) | s.charAt(at + 1) : 0x10000000 | s.charAt(at);
    }

    /** The ids of the triggers the (lower-cased) text contains. */
    BitSet in(String text) {
        BitSet found = new BitSet(strings.size());
        for (int i = 0; i < text.length(); i++) {
            check(text, i, byStart.get(key(text, i)), found);
            check(text, i, byStart.get(0x10000000 | text.charAt(i)), found);
        }
        return found;
    }

    private void check(String text, int at, int[] candidates, BitSet found) {
        if (candidates == null) {
            return;
        }
        for (int id : candidates) {
            if (!found.get(id) && text.startsWith(strings.get(id), at)) {
                found.set(id);
            }
        }
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
