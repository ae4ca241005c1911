package org.slant.dev.train;

import org.slant.extract.terminology.LoadedFeatures;
import org.slant.extract.terminology.LoadedModel;
import org.slant.extract.terminology.LoadedScorer;
import org.slant.dev.eval.terminology.PtcArticle;
import org.slant.dev.eval.terminology.PtcCorpus;
import org.slant.dev.eval.terminology.SpanScore;
import smile.classification.Maxent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains the loaded-language model: Smile's maximum-entropy classifier (multinomial logistic regression
 * over binary features, L-BFGS, L2 penalty) on the training split's word tokens, then on the tune split
 * chooses the penalty, the two probability thresholds (to start a span, to extend it) and whether only a
 * word's own features may start a span, for the best span F1 of lexicons and model
 * together. Then, with those choices fixed, it fits once more on the training and tune splits together
 * (ids ending 0-7): the model learns from a third more articles, and the figures showed it needs them
 * (tune F1 0.289, 0.317, 0.359 with ids ending 0-1, 0-3, 0-5). The tune figure it records is the first
 * fit's, on articles that fit never saw; the report split stays out of both. Every step is deterministic: rows in file order, features numbered in name order, one data
 * partition (so Smile sums the gradient in one fixed order), weights rounded to four decimals.
 */
final class LoadedTrainer {

    static final double TOLERANCE = 1e-5;
    static final int MAX_ITERATIONS = 300;

    /** The penalty and threshold chosen, the model, and the figures it reached. */
    record Outcome(LoadedModel model, double lambda, int rows, int features, int[] classCounts,
                   Map<PtcCorpus.Split, Figures> figures) {
    }

    /** A split's score with the lexicons alone and with the model too. */
    record Figures(int articles, SpanScore lexicon, SpanScore combined) {
    }

    private LoadedTrainer() {
    }

    static Outcome train(List<PtcArticle> articles, List<Double> lambdas, int minCount, List<Double> thresholds,
                         String version) {
        List<PtcArticle> trainSet = of(articles, PtcCorpus.Split.TRAIN);
        List<PtcArticle> tune = of(articles, PtcCorpus.Split.TUNE);
        TokenRows rows = TokenRows.of(trainSet, minCount);
        LoadedModel best = null;
        double bestF1 = -1;
        double bestLambda = Double.NaN;
        for (double lambda : lambdas) {
            LoadedModel m = fit(rows, lambda, version);
            LoadedScorer scorer = new LoadedScorer(m);
            for (boolean own : List.of(false, true)) {
                for (double t : thresholds) {
                    for (double x : thresholds) {
                        if (x > t) {
                            break;
                        }
                        double f1 = figures(tune, scorer, t, x, own).combined().f1();
                        if (f1 > bestF1) {
                            bestF1 = f1;
                            best = m.with(t, x, own, List.of());
                            bestLambda = lambda;
                        }
                    }
                }
            }
        }
        Map<PtcCorpus.Split, Figures> figures = new java.util.EnumMap<>(PtcCorpus.Split.class);
        figures.put(PtcCorpus.Split.TUNE, figures(tune, new LoadedScorer(best), best.threshold(), best.extend(), best.ownSeed()));
        List<PtcArticle> trainAndTune = articles.stream().filter(a -> a.doc().split() != PtcCorpus.Split.REPORT).toList();
        TokenRows all = TokenRows.of(trainAndTune, minCount);
        LoadedModel last = fit(all, bestLambda, version).with(best.threshold(), best.extend(), best.ownSeed(), List.of());
        figures.put(PtcCorpus.Split.REPORT, figures(of(articles, PtcCorpus.Split.REPORT), new LoadedScorer(last),
                last.threshold(), last.extend(), last.ownSeed()));
        return new Outcome(last, bestLambda, all.y().length, all.names().size(), all.classCounts(), figures);
    }

    static List<PtcArticle> of(List<PtcArticle> articles, PtcCorpus.Split split) {
        return articles.stream().filter(a -> a.doc().split() == split).toList();
    }

    static Figures figures(List<PtcArticle> articles, LoadedScorer m, double threshold, double extend, boolean own) {
        SpanScore alone = new SpanScore();
        SpanScore combined = new SpanScore();
        for (PtcArticle a : articles) {
            List<SpanScore.Span> gold = a.doc().goldSpans();
            alone.add(a.lexicon(), gold);
            combined.add(a.lexiconAnd(a.modelSpans(m, threshold, extend, own)), gold);
        }
        return new Figures(articles.size(), alone, combined);
    }

    /** Fits one penalty; the weights become the model's, relative to "neither", rounded. */
    static LoadedModel fit(TokenRows rows, double lambda, String version) {
        int p = rows.names().size();
        Maxent.Multinomial maxent;
        synchronized (LoadedTrainer.class) {
            String key = "smile.data.partition.size";
            String old = System.getProperty(key);
            System.setProperty(key, Integer.toString(Integer.MAX_VALUE));
            try {
                maxent = Maxent.multinomial(p, rows.x(), rows.y(), lambda, TOLERANCE, MAX_ITERATIONS);
            } finally {
                if (old == null) {
                    System.clearProperty(key);
                } else {
                    System.setProperty(key, old);
                }
            }
        }
        double[][] w = relativeToNeither(maxent.coefficients(), p);
        check(maxent, w, rows);
        List<Map<String, float[]>> features = new ArrayList<>();
        for (int t = 0; t < LoadedFeatures.Template.values().length; t++) {
            features.add(new HashMap<>());
        }
        for (int j = 0; j < p; j++) {
            float a = round(w[0][j]);
            float b = round(w[1][j]);
            if (a != 0 || b != 0) {
                String name = rows.names().get(j);
                int eq = name.indexOf('=');
                features.get(LoadedFeatures.Template.of(name.substring(0, eq)).ordinal()).put(name.substring(eq + 1), new float[]{a, b});
            }
        }
        return new LoadedModel(version, 0.5, 0.5, false, new float[]{round(w[0][p]), round(w[1][p])}, List.of(), features);
    }

    /**
     * Smile keeps one weight row per class but the last (which scores 0), or one per class; either way the
     * rows of loaded and label minus that of neither are the log-odds against neither. The last column is
     * the intercept.
     */
    static double[][] relativeToNeither(double[][] c, int p) {
        double[][] out = new double[2][p + 1];
        for (int k = 0; k < 2; k++) {
            for (int j = 0; j <= p; j++) {
                out[k][j] = c[k][j] - (c.length == 3 ? c[TokenRows.NEITHER][j] : 0);
            }
        }
        return out;
    }

    /** The weights must give Smile's own probabilities; a layout mistake would otherwise ship silently. */
    private static void check(Maxent.Multinomial maxent, double[][] w, TokenRows rows) {
        int p = rows.names().size();
        for (int r = 0; r < Math.min(200, rows.x().length); r++) {
            double[] post = new double[3];
            maxent.predict(rows.x()[r], post);
            double s0 = w[0][p];
            double s1 = w[1][p];
            for (int j : rows.x()[r]) {
                s0 += w[0][j];
                s1 += w[1][j];
            }
            double z = Math.exp(s0) + Math.exp(s1) + 1;
            if (Math.abs(Math.exp(s0) / z - post[0]) > 1e-6 || Math.abs(Math.exp(s1) / z - post[1]) > 1e-6) {
                throw new IllegalStateException("the model's weights do not reproduce Smile's probabilities (row " + r + ")");
            }
        }
    }

    private static float round(double v) {
        float f = (float) (Math.round(v * 1e4) / 1e4);
        return f == 0 ? 0f : f;
    }
}
