package org.slant.pipeline;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Stage blocks merged by range give the tree map that inserting metric by metric gave, and the same first repeat. */
class SortedMetricsTest {

    @Test
    void sameMapAndSameRepeatAsTreeInsertion() {
        Random rnd = new Random(5);
        String[] prefixes = {"attribution.", "boilerplate.", "content.", "terminology.", "a", "z", ""};
        for (int k = 0; k < 2000; k++) {
            SortedMetrics merged = new SortedMetrics();
            TreeMap<String, Double> tree = new TreeMap<>();
            String repeat = null;
            String expected = null;
            for (int s = rnd.nextInt(6); s >= 0 && repeat == null; s--) {
                TreeMap<String, Double> stage = new TreeMap<>();
                String prefix = prefixes[rnd.nextInt(prefixes.length)];
                for (int m = rnd.nextInt(6); m > 0; m--) {
                    stage.put(prefix + (char) ('a' + rnd.nextInt(rnd.nextBoolean() ? 4 : 26)), rnd.nextDouble());
                }
                for (Map.Entry<String, Double> e : stage.entrySet()) {
                    if (tree.put(e.getKey(), e.getValue()) != null) {
                        expected = e.getKey();
                        break;
                    }
                }
                repeat = merged.addSorted(new ArrayList<>(stage.entrySet()));
                assertEquals(expected, repeat);
            }
            if (repeat == null) {
                assertEquals(tree, new TreeMap<>(merged));
                assertEquals(List.copyOf(tree.keySet()), List.copyOf(new TreeMap<>(merged).keySet()));
            }
        }
    }

    /** putSorted keeps what TreeMap.put keeps, in the same order, names given in order, out of order and again. */
    @Test
    void putSortedIsTreePut() {
        Random rnd = new Random(7);
        for (int k = 0; k < 2000; k++) {
            SortedMetrics sorted = new SortedMetrics(4);
            TreeMap<String, Double> tree = new TreeMap<>();
            char next = 'a';
            for (int m = rnd.nextInt(40); m > 0; m--) {
                // mostly ascending names (as stages give them), some anywhere, some repeated
                String name = rnd.nextInt(4) > 0 ? "t." + next++ : "t." + (char) ('a' + rnd.nextInt(30));
                double v = rnd.nextDouble();
                sorted.putSorted(name, v);
                tree.put(name, v);
            }
            assertEquals(List.copyOf(tree.entrySet()), List.copyOf(sorted.entrySet()));
        }
    }
}
