package org.slant.dev.train;

import org.slant.dev.eval.attribution.PolnearScore;
import org.slant.extract.attribution.model.AttributionModel;
import org.slant.extract.attribution.model.CueFeatures;
import org.slant.extract.attribution.model.HashedModel;
import org.slant.extract.attribution.model.ModelInput;
import org.slant.extract.attribution.model.SourceFeatures;
import org.slant.text.Token;
import org.slant.text.Tokenizer;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains the attribution model on PolNeAR (see {@link AttributionModel}): the cue classifier over all tokens
 * and the source classifier over the tokens around each gold cue, both fitted on the training articles
 * outside the tuning part (articles whose annotation file holds no attribution at all are left out: one is
 * empty, one only flags the text for discussion, and their attributions would count as negatives). The
 * decoder's two cue thresholds are then chosen on the tuning part (names hashing to 0–1 of 10) for the best
 * cue token F1 among those with precision at least {@link #MIN_PRECISION} (the engine's; the best F1 of all is
 * recorded too), and the source threshold for the best source token F1 with them; dev is only scored, never
 * looked at for a choice.
 */
public final class AttributionTrainer {

    static final String VERSION = "5";
    static final double MIN_PRECISION = 0.85;

    private final PrintWriter log;
    private final double cueLambda;
    private final double sourceLambda;

    /** A trainer with the L2 strengths of the cue fit and of the source fit. */
    public AttributionTrainer(PrintWriter log, double cueLambda, double sourceLambda) {
        this.log = log;
        this.cueLambda = cueLambda;
        this.sourceLambda = sourceLambda;
    }

    /** The trained models, with the provenance given and the figures measured. */
    public record Trained(HashedModel cue, HashedModel source) {
    }

    /** An article with what scoring it needs computed once: its raw tokens and the cue probabilities. */
    private record Scored(PolnearArticle article, List<Token> raw, double[] p) {
    }

    public Trained train(List<PolnearArticle> train, List<PolnearArticle> dev, Map<String, String> provenance) {
        List<PolnearArticle> fit = train.stream().filter(a -> !a.tuning() && !a.gold().isEmpty()).toList();
        List<PolnearArticle> tune = train.stream().filter(PolnearArticle::tuning).toList();
        log.printf(Locale.ROOT, "train: %d articles fitted (%d without attributions left out), %d for tuning; dev: %d%n",
                fit.size(), train.stream().filter(a -> !a.tuning() && a.gold().isEmpty()).count(), tune.size(), dev.size());
        log.flush();
        SparseData cues = new SparseData();
        for (PolnearArticle a : fit) {
            boolean[] y = a.cueLabels();
            for (int i = 0; i < y.length; i++) {
                CueFeatures.emit(a.input(), i, cues);
                cues.label(y[i]);
            }
        }
        HashedModel cue = MaxentFit.fit(log, "cue", cues, cueLambda, Map.of());
        cues = null;
        HashedModel src = MaxentFit.fit(log, "source", sourceData(fit), sourceLambda, Map.of());

        List<Scored> tuning = scored(new AttributionModel(cue, src), tune);
        double[] hl = tuneCue(cue, src, tuning);
        double ts = tuneSource(cue, src, hl, tuning);
        AttributionModel m = new AttributionModel(cue, src, hl[0], hl[1], ts);
        List<Scored> devScored = scored(m, dev);
        PolnearScore devScore = score(m, devScored);
        PolnearScore devBest = score(new AttributionModel(cue, src, hl[2], hl[3], ts), devScored);
        Map<String, String> figures = new LinkedHashMap<>(provenance);
        figures.put("dev.cue.tokens", figures(devScore.cueTokens));
        figures.put("dev.source.tokens", figures(devScore.sourceTokens));
        figures.put("dev.cue.tokens.f1", figures(devBest.cueTokens));
        figures.put("dev.source.tokens.f1", figures(devBest.sourceTokens));
        Map<String, String> ch = header("model.cue", figures);
        ch.put("cue.high", String.format(Locale.ROOT, "%.2f", hl[0]));
        ch.put("cue.low", String.format(Locale.ROOT, "%.2f", hl[1]));
        ch.put("cue.high.f1", String.format(Locale.ROOT, "%.2f", hl[2]));
        ch.put("cue.low.f1", String.format(Locale.ROOT, "%.2f", hl[3]));
        Map<String, String> sh = header("model.source", figures);
        sh.put("threshold", String.format(Locale.ROOT, "%.2f", ts));
        return new Trained(cue.withHeader(ch), src.withHeader(sh));
    }

    private static SparseData sourceData(List<PolnearArticle> fit) {
        SparseData src = new SparseData();
        for (PolnearArticle a : fit) {
            int[] cuesBefore = SourceFeatures.prefix(a.cueLabels());
            for (PolnearArticle.GoldTokens g : a.goldTokens()) {
                for (int j : window(a.input(), g.cueFirst(), g.cueEnd())) {
                    if (!g.cue()[j]) {
                        SourceFeatures.emit(a.input(), cuesBefore, g.cueFirst(), g.cueEnd(), j, src);
                        src.label(g.source()[j]);
                    }
                }
            }
        }
        return src;
    }

    /**
     * High and low cue thresholds, chosen on the tuning part: {@code [0..1]} the best token F1 among the pairs
     * with precision at least MIN_PRECISION (the most precise pair when none reaches it), {@code [2..3]} the best
     * token F1 of all.
     */
    private double[] tuneCue(HashedModel cue, HashedModel src, List<Scored> tune) {
        double[] precise = null;
        double preciseF = -1;
        double[] fallback = {0.95, 0.95};
        double fallbackP = -1;
        double[] best = {0.5, 0.5};
        double bestF = -1;
        for (int h = 8; h <= 19; h++) {
            for (int l = 2; l <= h; l++) {
                double[] pair = {round(h * 0.05), round(l * 0.05)};
                PolnearScore.Counts c = score(new AttributionModel(cue, src, pair[0], pair[1], 1.1), tune).cueTokens;
                log.printf(Locale.ROOT, "  cue thresholds %.2f/%.2f: token P %.4f R %.4f F1 %.4f%n", pair[0], pair[1],
                        c.precision(), c.recall(), c.f1());
                if (c.precision() >= MIN_PRECISION && c.f1() > preciseF + 1e-9) {
                    preciseF = c.f1();
                    precise = pair;
                }
                if (c.precision() > fallbackP) {
                    fallbackP = c.precision();
                    fallback = pair;
                }
                if (c.f1() > bestF + 1e-9) {
                    bestF = c.f1();
                    best = pair;
                }
            }
        }
        double[] chosen = precise != null ? precise : fallback;
        log.printf(Locale.ROOT, "chosen cue thresholds %.2f/%.2f (precision >= %.2f), %.2f/%.2f (best F1)%n", chosen[0],
                chosen[1], MIN_PRECISION, best[0], best[1]);
        log.flush();
        return new double[]{chosen[0], chosen[1], best[0], best[1]};
    }

    /** The source threshold (0.05 to 0.80) with the best source token F1 on the tuning part. */
    private double tuneSource(HashedModel cue, HashedModel src, double[] hl, List<Scored> tune) {
        double best = 0.5;
        double bestF = -1;
        for (int k = 1; k <= 16; k++) {
            double t = round(k * 0.05);
            PolnearScore.Counts c = score(new AttributionModel(cue, src, hl[0], hl[1], t), tune).sourceTokens;
            log.printf(Locale.ROOT, "  source threshold %.2f: token P %.4f R %.4f F1 %.4f%n", t, c.precision(),
                    c.recall(), c.f1());
            if (c.f1() > bestF + 1e-9) {
                bestF = c.f1();
                best = t;
            }
        }
        log.flush();
        return best;
    }

    private static List<Scored> scored(AttributionModel m, List<PolnearArticle> articles) {
        List<Scored> out = new ArrayList<>(articles.size());
        for (PolnearArticle a : articles) {
            out.add(new Scored(a, Tokenizer.tokenize(a.raw()), m.cueProbabilities(a.input())));
        }
        return out;
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

    private static Map<String, String> header(String name, Map<String, String> provenance) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("name", name);
        h.put("version", VERSION);
        h.putAll(provenance);
        return h;
    }

    /** The scorer of {@code slant eval polnear} over the model's own cues and sources. */
    private static PolnearScore score(AttributionModel m, List<Scored> articles) {
        PolnearScore s = new PolnearScore();
        for (Scored a : articles) {
            s.add(a.raw(), a.article().gold(), ModelPredictions.of(a.article().input(), m.find(a.article().input(), a.p())));
        }
        return s;
    }
}
