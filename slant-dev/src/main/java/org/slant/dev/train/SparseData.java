package org.slant.dev.train;

import org.slant.extract.attribution.model.Hashing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Training examples of the attribution model as the hash buckets of their features ({@link Hashing}), turned
 * into the int arrays Smile's Maxent wants. Buckets seen fewer than {@code minCount} times are dropped; the
 * columns follow the buckets in ascending order, so the same examples always give the same arrays (and the
 * same model), whatever order they came in.
 */
final class SparseData implements Hashing.Sink {

    private final List<int[]> examples = new ArrayList<>();
    private final List<Integer> labels = new ArrayList<>();
    private int[] current = new int[64];
    private int size;

    @Override
    public void add(long feature) {
        if (size == current.length) {
            current = Arrays.copyOf(current, size * 2);
        }
        current[size++] = Hashing.bucket(feature);
    }

    /** Closes the example whose features were just added. */
    void label(boolean positive) {
        examples.add(Arrays.stream(current, 0, size).sorted().distinct().toArray());
        labels.add(positive ? 1 : 0);
        size = 0;
    }

    int size() {
        return examples.size();
    }

    /** The kept buckets, ascending; the column of a bucket is its position. */
    int[] vocabulary(int minCount) {
        int[] counts = new int[1 << Hashing.BITS];
        for (int[] e : examples) {
            for (int b : e) {
                counts[b]++;
            }
        }
        return java.util.stream.IntStream.range(0, counts.length).filter(b -> counts[b] >= minCount).toArray();
    }

    int[][] x(int[] vocabulary) {
        int[] column = new int[1 << Hashing.BITS];
        Arrays.fill(column, -1);
        for (int c = 0; c < vocabulary.length; c++) {
            column[vocabulary[c]] = c;
        }
        int[][] x = new int[examples.size()][];
        for (int k = 0; k < x.length; k++) {
            x[k] = Arrays.stream(examples.get(k)).map(b -> column[b]).filter(c -> c >= 0).toArray();
        }
        return x;
    }

    int[] y() {
        return labels.stream().mapToInt(Integer::intValue).toArray();
    }
}
