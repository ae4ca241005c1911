package org.slant.dev.train;

import org.slant.dev.eval.attribution.PolnearScore;
import org.slant.extract.attribution.model.AttributionModel;
import org.slant.extract.attribution.model.Features;
import org.slant.extract.attribution.model.LinearModel;
import org.slant.extract.attribution.model.ModelInput;
import org.slant.text.Tokenizer;
import smile.classification.Maxent;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains the attribution model on PolNeAR: a logistic regression (Smile's Maxent, L2, deterministic L-BFGS)
 * for cue tokens over all tokens, then one for source tokens over the tokens around each gold cue. Both are
 * fitted on the training articles outside the tuning part; their decision thresholds are chosen on the
 * tuning part (names hashing to 0–1 of 10) by the scorer's token F1; dev is only scored, never looked at
 * for a choice.
 */
public final class AttributionTrainer {

    /** L2 strength, tolerance and iteration cap of the fits; fixed so two runs give the same bytes. */
    static final double LAMBDA = 0.5;
    static final double TOL = 1e-5;
    static final int MAX_ITER = 300;
    static final int MIN_COUNT = 3;

    private final PrintWriter log;

    public AttributionTrainer(PrintWriter log) {
        this.log = log;
    }

    /** The trained cue and source models, with the provenance given and the figures measured. */
    public record Trained(LinearModel cue, LinearModel source) {
    }

    public Trained train(List<PolnearArticle> train, List<PolnearArticle> dev, Map<String, String> provenance) {
        List<PolnearArticle> fit = train.stream().filter(a -> !a.tuning()).toList();
        List<PolnearArticle> tune = train.stream().filter(PolnearArticle::tuning).toList();
        log.printf(Locale.ROOT, "train: %d articles fitted, %d for tuning; dev: %d%n", fit.size(), tune.size(), dev.size());
        log.flush();
        SparseData cueData = new SparseData();
        SparseData srcData = new SparseData();
        for (PolnearArticle a : fit) {
            boolean[] y = a.cueLabels();
            for (int i = 0; i < y.length; i++) {
                cueData.add(Features.cue(a.input(), i), y[i]);
            }
            for (PolnearArticle.GoldTokens g : a.goldTokens()) {
                for (int j : window(a.input(), g.cueFirst(), g.cueEnd())) {
                    if (!g.cue()[j]) {
                        srcData.add(Features.source(a.input(), g.cueFirst(), g.cueEnd(), j), g.source()[j]);
                    }
                }
            }
        }
        Map<String, Double> cueWeights = fit("cue", cueData);
        Map<String, Double> srcWeights = fit("source", srcData);
        double bestCue = 0.5;
        double bestF = -1;
        for (double t = 0.05; t < 0.81; t += 0.05) {
            AttributionModel m = model(cueWeights, t, srcWeights, 0.5, provenance);
            double f = score(m, tune).cueTokens.f1();
            log.printf(Locale.ROOT, "  tuning cue threshold %.2f: token F1 %.4f%n", t, f);
            if (f > bestF + 1e-9) {
                bestF = f;
                bestCue = round(t);
            }
        }
        double bestSrc = 0.5;
        bestF = -1;
        for (double t = 0.05; t < 0.81; t += 0.05) {
            AttributionModel m = model(cueWeights, bestCue, srcWeights, t, provenance);
            double f = score(m, tune).sourceTokens.f1();
            log.printf(Locale.ROOT, "  tuning source threshold %.2f: token F1 %.4f%n", t, f);
            if (f > bestF + 1e-9) {
                bestF = f;
                bestSrc = round(t);
            }
        }
        log.flush();
        PolnearScore devScore = score(model(cueWeights, bestCue, srcWeights, bestSrc, provenance), dev);
        Map<String, String> figures = new LinkedHashMap<>(provenance);
        figures.put("dev.cue.tokens", figures(devScore.cueTokens));
        figures.put("dev.source.tokens", figures(devScore.sourceTokens));
        return new Trained(linear("model.cue", cueWeights, bestCue, figures),
                linear("model.source", srcWeights, bestSrc, figures));
    }

    private static double round(double t) {
        return Math.round(t * 100) / 100.0;
    }

    private static String figures(PolnearScore.Counts c) {
        return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f", c.precision(), c.recall(), c.f1());
    }

    /** Tokens of the cue's sentence within the model's window, as the model scores them. */
    static List<Integer> window(ModelInput in, int cf, int ce) {
        List<Integer> out = new ArrayList<>();
        int first = Math.max(0, cf - AttributionModel.WINDOW);
        int end = Math.min(in.size(), ce + AttributionModel.WINDOW);
        for (int j = first; j < end; j++) {
            if (AttributionModel.sameSentence(in, cf, j)) {
                out.add(j);
            }
        }
        return out;
    }

    private Map<String, Double> fit(String what, SparseData data) {
        String[] vocab = data.vocabulary(MIN_COUNT);
        int[][] x = data.x(vocab);
        int[] y = data.y();
        log.printf(Locale.ROOT, "fitting %s: %d examples, %d features%n", what, x.length, vocab.length);
        log.flush();
        Maxent.Binomial m = Maxent.binomial(vocab.length, x, y, LAMBDA, TOL, MAX_ITER);
        double[] w = m.coefficients();
        Map<String, Double> weights = new HashMap<>();
        for (int i = 0; i < vocab.length; i++) {
            weights.put(vocab[i], w[i]);
        }
        // The intercept is Smile's last coefficient; it joins the always-present "bias" feature.
        weights.merge("bias", w[vocab.length], Double::sum);
        return prune(weights);
    }

    /** Weights that round to 0 at the file's precision carry nothing: leaving them out keeps the file small. */
    private static Map<String, Double> prune(Map<String, Double> weights) {
        Map<String, Double> out = new HashMap<>();
        weights.forEach((f, w) -> {
            if (Math.abs(w) >= 0.01) {
                out.put(f, Double.parseDouble(LinearModel.format(w)));
            }
        });
        return out;
    }

    private static AttributionModel model(Map<String, Double> cue, double tc, Map<String, Double> src, double ts,
                                          Map<String, String> provenance) {
        return new AttributionModel(linear("model.cue", cue, tc, provenance), linear("model.source", src, ts, provenance));
    }

    private static LinearModel linear(String name, Map<String, Double> weights, double threshold,
                                      Map<String, String> provenance) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("name", name);
        h.put("version", "1");
        h.put("threshold", String.format(Locale.ROOT, "%.2f", threshold));
        h.putAll(provenance);
        return new LinearModel(h, weights);
    }

    /** The scorer of {@code slant eval polnear} over the model's own cues and sources. */
    static PolnearScore score(AttributionModel m, List<PolnearArticle> articles) {
        PolnearScore s = new PolnearScore();
        for (PolnearArticle a : articles) {
            s.add(Tokenizer.tokenize(a.raw()), a.gold(), ModelPredictions.of(m, a.input()));
        }
        return s;
    }
}
