package org.slant.extract.attribution.model;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The batched sum of a token's feature weights is the sum of their single lookups, to the last bit. */
class HashedModelSumTest {

    @Test
    void theBatchedSumEqualsAddingEachWeightInTurn() {
        // many weights in a small table, so that first probes collide and the batch has to probe on
        Random r = new Random(7);
        TreeMap<Integer, Float> w = new TreeMap<>();
        while (w.size() < 3000) {
            w.put(r.nextInt(1 << Hashing.BITS), (float) r.nextGaussian());
        }
        int[] buckets = w.keySet().stream().mapToInt(Integer::intValue).toArray();
        float[] weights = new float[buckets.length];
        for (int k = 0; k < buckets.length; k++) {
            weights[k] = w.get(buckets[k]);
        }
        HashedModel m = new HashedModel(Map.of("name", "model.cue", "version", "3"), buckets, weights);
        long[] features = new long[200];
        long[] scratch = new long[200];
        for (int round = 0; round < 50; round++) {
            for (int k = 0; k < features.length; k++) {
                // half of them features the model has, half unseen ones
                features[k] = k % 2 == 0 ? ((long) buckets[r.nextInt(buckets.length)] << (64 - Hashing.BITS)) | r.nextInt(1000)
                        : Hashing.f(99, r.nextLong());
            }
            double oneByOne = 0;
            for (long f : features) {
                oneByOne += m.weight(f);
            }
            assertEquals(Double.doubleToLongBits(oneByOne), Double.doubleToLongBits(m.sum(features, scratch, features.length)));
        }
    }
}
