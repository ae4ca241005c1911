package org.slant.dev.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Training examples as feature ids, turned into the int arrays Smile's Maxent wants. Feature strings are
 * numbered as they are first seen, in an index several data sets can share (the folds of a cross-fit), so
 * each example costs a few ints rather than dozens of strings. Features seen fewer than {@code minCount}
 * times are dropped; the columns follow the sorted feature names, so the same examples always give the same
 * arrays (and the same model), whatever order they were first seen in.
 */
final class SparseData {

    /** Feature names to ids, shared by the data sets built on it. */
    static final class Index {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> names = new ArrayList<>();

        int id(String feature) {
            Integer id = ids.get(feature);
            if (id == null) {
                id = names.size();
                ids.put(feature, id);
                names.add(feature);
            }
            return id;
        }
    }

    private final Index index;
    private final List<int[]> examples = new ArrayList<>();
    private final List<Integer> labels = new ArrayList<>();

    SparseData(Index index) {
        this.index = index;
    }

    void add(List<String> features, boolean positive) {
        int[] ids = new int[features.size()];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = index.id(features.get(k));
        }
        examples.add(ids);
        labels.add(positive ? 1 : 0);
    }

    int size() {
        return examples.size();
    }

    /** The kept features, sorted; the column of a feature is its position. */
    String[] vocabulary(int minCount) {
        int[] counts = new int[index.names.size()];
        for (int[] e : examples) {
            for (int id : e) {
                counts[id]++;
            }
        }
        TreeMap<String, Integer> kept = new TreeMap<>();
        for (int id = 0; id < counts.length; id++) {
            if (counts[id] >= minCount) {
                kept.put(index.names.get(id), id);
            }
        }
        return kept.keySet().toArray(new String[0]);
    }

    int[][] x(String[] vocabulary) {
        int[] column = new int[index.names.size()];
        java.util.Arrays.fill(column, -1);
        for (int c = 0; c < vocabulary.length; c++) {
            column[index.ids.get(vocabulary[c])] = c;
        }
        int[][] x = new int[examples.size()][];
        for (int k = 0; k < x.length; k++) {
            x[k] = java.util.Arrays.stream(examples.get(k)).map(id -> column[id]).filter(c -> c >= 0).distinct()
                    .sorted().toArray();
        }
        return x;
    }

    int[] y() {
        return labels.stream().mapToInt(Integer::intValue).toArray();
    }
}
