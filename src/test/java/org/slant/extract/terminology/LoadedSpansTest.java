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
}
