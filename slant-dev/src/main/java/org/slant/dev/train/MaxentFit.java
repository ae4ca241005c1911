package org.slant.dev.train;

import smile.classification.Maxent;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One logistic-regression fit of the attribution model: Smile's Maxent (L2, L-BFGS, deterministic) over
 * sparse binary features, returned as feature weights with the intercept folded into {@code bias} and the
 * weights too small to matter at the file's precision left out (a smaller file that loads faster).
 */
final class MaxentFit {

    /** L2 strength, tolerance and iteration cap of the fits; fixed so two runs give the same bytes. */
    static final double LAMBDA = 0.5;
    static final double TOL = 1e-5;
    static final int MAX_ITER = 300;
    static final int MIN_COUNT = 3;
    /** Weights below this in magnitude are dropped from the file. */
    static final double PRUNE = 0.02;

    private MaxentFit() {
    }

    static Map<String, Double> fit(PrintWriter log, String what, SparseData data) {
        long t0 = System.nanoTime();
        String[] vocab = data.vocabulary(MIN_COUNT);
        int[][] x = data.x(vocab);
        int[] y = data.y();
        Maxent.Binomial m = Maxent.binomial(vocab.length, x, y, LAMBDA, TOL, MAX_ITER);
        double[] w = m.coefficients();
        Map<String, Double> weights = new HashMap<>();
        for (int i = 0; i < vocab.length; i++) {
            weights.put(vocab[i], w[i]);
        }
        // The intercept is Smile's last coefficient; it joins the always-present "bias" feature.
        weights.merge("bias", w[vocab.length], Double::sum);
        Map<String, Double> kept = prune(weights);
        log.printf(Locale.ROOT, "fitted %s: %d examples, %d features, %d kept (%.0f s)%n", what, x.length, vocab.length,
                kept.size(), (System.nanoTime() - t0) / 1e9);
        log.flush();
        return kept;
    }

    /** The mean of two models' weights (a feature one of them lacks weighs 0 there), rounded and pruned alike. */
    static Map<String, Double> average(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> sum = new HashMap<>();
        a.forEach((f, w) -> sum.merge(f, w / 2, Double::sum));
        b.forEach((f, w) -> sum.merge(f, w / 2, Double::sum));
        return prune(sum);
    }

    private static Map<String, Double> prune(Map<String, Double> weights) {
        Map<String, Double> out = new HashMap<>();
        weights.forEach((f, w) -> {
            if (Math.abs(w) >= PRUNE || f.equals("bias")) {
                out.put(f, Double.parseDouble(org.slant.extract.attribution.model.LinearModel.format(w)));
            }
        });
        return out;
    }
}
