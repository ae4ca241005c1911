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
}
