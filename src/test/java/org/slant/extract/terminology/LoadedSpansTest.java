package org.slant.extract.terminology;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The span decoder decides "likely" in odds, with exp only near the threshold: it must agree with the probabilities. */
class LoadedSpansTest {

    @Test
    void theOddsTestAgreesWithTheProbabilities() {
        Random r = new Random(17);
        int decided = 0;
        for (double p : new double[]{0.02, 0.1, 0.4, 0.6}) {
            double logOdds = Math.log(p / (1 - p));
            for (int k = 0; k < 20_000; k++) {
                // scores around the threshold, where the shortcut and the exp path both run
                double s0 = logOdds + (r.nextDouble() - 0.5) * 6;
                double s1 = logOdds + (r.nextDouble() - 0.5) * 6;
                double[] q = LoadedModel.probabilities(s0, s1);
                double sum = q[0] + q[1];
                if (Math.abs(sum - p) < 1e-12) {
                    continue;   // on the boundary itself rounding may go either way
                }
                assertEquals(sum >= p, LoadedSpans.reaches(s0, s1, logOdds), s0 + ", " + s1 + " at " + p);
                decided++;
            }
        }
        assertTrue(decided > 79_000, "compared " + decided);
    }

    @Test
    void aTokenTheModelDoesNotClassifyIsNeverLikely() {
        float minus = Float.NEGATIVE_INFINITY;
        assertFalse(LoadedSpans.reaches(minus, minus, Math.log(0.02 / 0.98)));
        assertFalse(LoadedSpans.reaches(minus, minus, -50));
    }

    @Test
    void theReasonsAreTheThreeHeaviestFeaturesNamedAsBefore() {
        // against naming every feature and sorting them all (how the reasons were first made)
        LoadedModel m = LoadedModel.shipped();
        String text = "The radical left mob \u201cdestroyed\u201d everything, said the so-called expert, a vile, "
                + "corrupt and shameless regime of thugs and traitors. THE END of a sham trial.";
        org.slant.model.Content c = Terms.content(text);
        byte[] marks = LoadedFeatures.marks(Terms.lexicon(), c);
        LoadedScorer scorer = new LoadedScorer(m);
        float[] scores = scorer.scores(c, marks);
        LoadedReasons reasons = new LoadedReasons(scorer);
        LoadedFeatures f = new LoadedFeatures(c, marks);
        int compared = 0;
        for (int i = 0; i < c.tokens().size(); i++) {
            if (!f.classifies(i)) {
                continue;
            }
            for (Category cat : java.util.List.of(Category.LOADED, Category.LABEL)) {
                int k = cat == Category.LABEL ? 1 : 0;
                java.util.List<java.util.Map.Entry<String, Double>> all = new java.util.ArrayList<>();
                m.weigh(f, i, k, (t, key, w) -> all.add(java.util.Map.entry(t.id() + "=" + key, w)));
                java.util.List<String> expected = all.stream().filter(e -> e.getValue() > 0)
                        .sorted(java.util.Map.Entry.<String, Double>comparingByValue(java.util.Comparator.reverseOrder())
                                .thenComparing(java.util.Map.Entry.comparingByKey()))
                        .limit(3).map(e -> e.getKey() + " +" + twoDecimals(e.getValue())).toList();
                LoadedSpans.Span one = new LoadedSpans.Span(i, i + 1, cat, 0.5);
                assertEquals(String.join("; ", expected), reasons.of(scores, c, marks, one), c.tokens().get(i).norm());
                compared++;
            }
        }
        assertTrue(compared > 40, "compared " + compared);
    }

    /** A positive weight with two decimals, "1.25", as the reasons write it (made independently here). */
    private static String twoDecimals(double v) {
        return String.format(java.util.Locale.ROOT, "%.2f", v);
    }
}
