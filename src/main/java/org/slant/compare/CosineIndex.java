package org.slant.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cosine similarities of sparse term vectors against a fixed set of them, through an inverted index:
 * terms become numbers, vectors are normalised once, and a row of similarities is summed over the
 * postings of the row's own terms. Summation order is fixed (terms sorted, postings in document order),
 * so the same vectors always give the same bits.
 */
final class CosineIndex {

    private final int[][] terms;
    private final double[][] weights;
    /** For each term number, the indexed documents that hold it and their weights, in document order. */
    private final int[][] postingDocs;
    private final double[][] postingWeights;
    private final int indexed;

    /** Indexes the first {@code indexed} of the vectors; every vector can be compared against them. */
    CosineIndex(List<Map<String, Double>> vectors, int indexed) {
        this.indexed = indexed;
        int n = vectors.size();
        Map<String, Integer> number = new HashMap<>();
        terms = new int[n][];
        weights = new double[n][];
        for (int i = 0; i < n; i++) {
            String[] keys = vectors.get(i).keySet().toArray(String[]::new);
            Arrays.sort(keys);
            double norm = 0;
            for (String k : keys) {
                double w = vectors.get(i).get(k);
                norm += w * w;
            }
            norm = Math.sqrt(norm);
            terms[i] = new int[keys.length];
            weights[i] = new double[keys.length];
            for (int k = 0; k < keys.length; k++) {
                terms[i][k] = number.computeIfAbsent(keys[k], x -> number.size());
                weights[i][k] = norm == 0 ? 0 : vectors.get(i).get(keys[k]) / norm;
            }
        }
        List<List<Integer>> docs = new ArrayList<>();
        for (int t = 0; t < number.size(); t++) {
            docs.add(new ArrayList<>());
        }
        for (int i = 0; i < indexed; i++) {
            for (int t : terms[i]) {
                docs.get(t).add(i);
            }
        }
        postingDocs = new int[number.size()][];
        postingWeights = new double[number.size()][];
        int[] fill = new int[number.size()];
        for (int t = 0; t < number.size(); t++) {
            postingDocs[t] = new int[docs.get(t).size()];
            postingWeights[t] = new double[docs.get(t).size()];
        }
        for (int i = 0; i < indexed; i++) {
            for (int k = 0; k < terms[i].length; k++) {
                int t = terms[i][k];
                postingDocs[t][fill[t]] = i;
                postingWeights[t][fill[t]++] = weights[i][k];
            }
        }
    }

    /** Cosine similarity of vector {@code i} with each indexed vector. */
    double[] row(int i) {
        double[] out = new double[indexed];
        for (int k = 0; k < terms[i].length; k++) {
            int t = terms[i][k];
            double w = weights[i][k];
            int[] d = postingDocs[t];
            double[] pw = postingWeights[t];
            for (int p = 0; p < d.length; p++) {
                out[d[p]] += w * pw[p];
            }
        }
        return out;
    }
}
