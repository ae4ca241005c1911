package org.slant.dev.train;

import org.slant.dev.eval.attribution.PolnearScore;
import org.slant.extract.attribution.model.AttributionModel;
import org.slant.extract.attribution.model.CueFeatures;
import org.slant.extract.attribution.model.LinearModel;
import org.slant.extract.attribution.model.ModelInput;
import org.slant.extract.attribution.model.SourceFeatures;
import org.slant.extract.attribution.model.StackFeatures;
import org.slant.text.Tokenizer;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Trains the attribution model on PolNeAR (see {@link AttributionModel}): the first cue pass over all tokens,
 * fitted on each of two folds of the fitted articles and shipped as the average of the two; the stacked cue
 * pass over the first pass's probabilities, which are cross-fitted (each fold scored by the model of the
 * other) so that it learns from probabilities as noisy as at run time; and the source classifier over the tokens around each gold cue. All three are fitted on the
 * training articles outside the tuning part; the two decision thresholds are chosen on the tuning part
 * (names hashing to 0–1 of 10) by the scorer's token F1; dev is only scored, never looked at for a choice.
 */
public final class AttributionTrainer {

    static final String VERSION = "2";

    private final PrintWriter log;

    public AttributionTrainer(PrintWriter log) {
        this.log = log;
    }

    /** The trained models, with the provenance given and the figures measured. */
    public record Trained(LinearModel cue, LinearModel stack, LinearModel source) {
    }

    public Trained train(List<PolnearArticle> train, List<PolnearArticle> dev, Map<String, String> provenance) {
        List<PolnearArticle> fit = train.stream().filter(a -> !a.tuning()).toList();
        List<PolnearArticle> tune = train.stream().filter(PolnearArticle::tuning).toList();
        log.printf(Locale.ROOT, "train: %d articles fitted, %d for tuning; dev: %d%n", fit.size(), tune.size(), dev.size());
        log.flush();
        SparseData.Index index = new SparseData.Index();
        List<SparseData> folds = List.of(new SparseData(index), new SparseData(index));
        for (int k = 0; k < fit.size(); k++) {
            PolnearArticle a = fit.get(k);
            boolean[] y = a.cueLabels();
            for (int i = 0; i < y.length; i++) {
                folds.get(k % 2).add(CueFeatures.of(a.input(), i), y[i]);
            }
        }
        // Cross-fitted first-pass probabilities for the stacked pass: fold k scored by the model of the other.
        List<Map<String, Double>> foldWeights = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            foldWeights.add(MaxentFit.fit(log, "cue, fold " + (1 - k) + " only", folds.get(1 - k)));
        }
        SparseData stackData = new SparseData(new SparseData.Index());
        for (int k = 0; k < fit.size(); k++) {
            PolnearArticle a = fit.get(k);
            LinearModel first = linear("model.cue", foldWeights.get(k % 2), 0.5, Map.of());
            double[] p = firstPass(first, a.input());
            boolean[] y = a.cueLabels();
            for (int i = 0; i < y.length; i++) {
                stackData.add(StackFeatures.of(a.input(), p, i), y[i]);
            }
        }
        // The run-time first pass is the two fold models averaged: its probabilities are as sharp as those the
        // stacked pass learned from (a model fitted on all the articles would be surer), and one fit is saved.
        Map<String, Double> cueWeights = MaxentFit.average(foldWeights.get(0), foldWeights.get(1));
        foldWeights = null;
        folds = null;
        Map<String, Double> stackWeights = MaxentFit.fit(log, "stacked cue pass", stackData);
        stackData = null;
        Map<String, Double> srcWeights = MaxentFit.fit(log, "source", sourceData(fit));

        double tc = tune("cue", t -> model(cueWeights, stackWeights, t, srcWeights, 0.5, provenance), tune, true);
        double ts = tune("source", t -> model(cueWeights, stackWeights, tc, srcWeights, t, provenance), tune, false);
        PolnearScore devScore = score(model(cueWeights, stackWeights, tc, srcWeights, ts, provenance), dev);
        Map<String, String> figures = new LinkedHashMap<>(provenance);
        figures.put("dev.cue.tokens", figures(devScore.cueTokens));
        figures.put("dev.source.tokens", figures(devScore.sourceTokens));
        return new Trained(linear("model.cue.first", cueWeights, 0.5, figures), linear("model.cue", stackWeights, tc, figures),
                linear("model.source", srcWeights, ts, figures));
    }

    private static SparseData sourceData(List<PolnearArticle> fit) {
        SparseData src = new SparseData(new SparseData.Index());
        for (PolnearArticle a : fit) {
            int[] cuesBefore = SourceFeatures.prefix(a.cueLabels());
            for (PolnearArticle.GoldTokens g : a.goldTokens()) {
                for (int j : window(a.input(), g.cueFirst(), g.cueEnd())) {
                    if (!g.cue()[j]) {
                        src.add(SourceFeatures.of(a.input(), cuesBefore, g.cueFirst(), g.cueEnd(), j), g.source()[j]);
                    }
                }
            }
        }
        return src;
    }

    /** The threshold (0.05 to 0.80) with the best token F1 of cues or sources on the tuning part. */
    private double tune(String what, Function<Double, AttributionModel> model, List<PolnearArticle> tune, boolean cue) {
        double best = 0.5;
        double bestF = -1;
        for (int k = 1; k <= 16; k++) {
            double t = k * 0.05;
            PolnearScore s = score(model.apply(round(t)), tune);
            PolnearScore.Counts c = cue ? s.cueTokens : s.sourceTokens;
            log.printf(Locale.ROOT, "  tuning %s threshold %.2f: token P %.4f R %.4f F1 %.4f%n", what, t, c.precision(),
                    c.recall(), c.f1());
            if (c.f1() > bestF + 1e-9) {
                bestF = c.f1();
                best = round(t);
            }
        }
        log.flush();
        return best;
    }

    private static double[] firstPass(LinearModel first, ModelInput in) {
        double[] p = new double[in.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = first.probability(CueFeatures.of(in, i));
        }
        return p;
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

    private static AttributionModel model(Map<String, Double> cue, Map<String, Double> stack, double tc,
                                          Map<String, Double> src, double ts, Map<String, String> provenance) {
        return new AttributionModel(linear("model.cue.first", cue, 0.5, provenance), linear("model.cue", stack, tc, provenance),
                linear("model.source", src, ts, provenance));
    }

    private static LinearModel linear(String name, Map<String, Double> weights, double threshold,
                                      Map<String, String> provenance) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("name", name);
        h.put("version", VERSION);
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
