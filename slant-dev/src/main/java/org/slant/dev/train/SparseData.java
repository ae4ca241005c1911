package org.slant.dev.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Training examples as feature strings, turned into the int arrays Smile's Maxent wants. Features seen fewer
 * than {@code minCount} times are dropped; indices follow the sorted feature names, so the same examples
 * always give the same arrays (and the same model).
 */
final class SparseData {

    private final List<List<String>> examples = new ArrayList<>();
    private final List<Integer> labels = new ArrayList<>();

    void add(List<String> features, boolean positive) {
        examples.add(features);
        labels.add(positive ? 1 : 0);
    }

    int size() {
        return examples.size();
    }

    /** The kept features, sorted; the index of a feature is its position. */
    String[] vocabulary(int minCount) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> e : examples) {
            for (String f : e) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        TreeMap<String, Integer> kept = new TreeMap<>();
        counts.forEach((f, c) -> {
            if (c >= minCount) {
                kept.put(f, c);
            }
        });
        return kept.keySet().toArray(new String[0]);
    }

    int[][] x(String[] vocabulary) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < vocabulary.length; i++) {
            index.put(vocabulary[i], i);
        }
        int[][] x = new int[examples.size()][];
        for (int k = 0; k < x.length; k++) {
            x[k] = examples.get(k).stream().map(index::get).filter(java.util.Objects::nonNull).distinct()
                    .mapToInt(Integer::intValue).sorted().toArray();
        }
        return x;
    }

    int[] y() {
        return labels.stream().mapToInt(Integer::intValue).toArray();
    }
}
