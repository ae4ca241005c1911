package org.slant.dev.train;

import org.slant.extract.attribution.model.HashedModel;
import org.slant.extract.attribution.model.Hashing;
import smile.classification.Maxent;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One logistic-regression fit of the attribution model: Smile's Maxent (L2, L-BFGS, deterministic) over
 * hashed binary features, returned as bucket weights with the intercept folded into the bucket of the
 * always-present bias feature and the weights too small to matter left out (a smaller file that loads faster).
 */
final class MaxentFit {

    /** Default L2 strength, tolerance and iteration cap of the fits; fixed so two runs give the same bytes. */
    static final double LAMBDA = 4;
    /**
     * The cue fit's L2 strength, chosen on the tuning part (docs/attribution-model.md): with v5's decoder the engine's
     * cue token F1 there was 0.588 with the cue fit of 4 and 0.591 with 16; source F1 0.717 with the source fit of 4
     * beside the cue fit of 16, and 0.709 with both of 16, so the two fits have their own strengths.
     */
    static final double CUE_LAMBDA = 16;
    static final double TOL = 1e-5;
    static final int MAX_ITER = 300;
    static final int MIN_COUNT = 3;
    /** Weights below this in magnitude are dropped from the file. */
    static final double PRUNE = 0.02;
    /** The feature every example has ({@code f(0, 0)} in the templates): it carries the intercept. */
    static final long BIAS = Hashing.f(0, 0);

    private MaxentFit() {
    }

    static HashedModel fit(PrintWriter log, String what, SparseData data, double lambda, Map<String, String> header) {
        long t0 = System.nanoTime();
        int[] vocab = data.vocabulary(MIN_COUNT);
        int[][] x = data.x(vocab);
        int[] y = data.y();
        Maxent.Binomial m = Maxent.binomial(vocab.length, x, y, lambda, TOL, MAX_ITER);
        double[] w = m.coefficients();
        TreeMap<Integer, Double> kept = new TreeMap<>();
        for (int i = 0; i < vocab.length; i++) {
            if (Math.abs(w[i]) >= PRUNE) {
                kept.put(vocab[i], w[i]);
            }
        }
        // The intercept is Smile's last coefficient; it joins the always-present bias feature's bucket.
        kept.merge(Hashing.bucket(BIAS), w[vocab.length], Double::sum);
        int[] buckets = kept.keySet().stream().mapToInt(Integer::intValue).toArray();
        float[] weights = new float[buckets.length];
        int k = 0;
        for (double v : kept.values()) {
            weights[k++] = (float) v;
        }
        log.printf(Locale.ROOT, "fitted %s: %d examples, %d buckets, %d kept (%.0f s)%n", what, x.length, vocab.length,
                buckets.length, (System.nanoTime() - t0) / 1e9);
        log.flush();
        return new HashedModel(header, buckets, weights);
    }
}
