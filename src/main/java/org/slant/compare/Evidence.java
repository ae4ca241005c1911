package org.slant.compare;

/**
 * When a count can carry a headline. A glance sentence names an outlet as "highest" or "most" only when the
 * outlet's own count of the thing measured reaches {@link #MIN_COUNT} and its base is large enough
 * ({@link #MIN_WORDS} words for a rate, {@link #MIN_BASE} attributions for a share): one or two findings
 * are an anecdote, and a 150-word excerpt with two of them would otherwise outrank a long article with
 * ten. Every figure is shown with its count and a 95% interval (Poisson for rates, Wilson for shares) so a
 * reader sees how far it could move.
 */
public final class Evidence {

    /** Fewest findings on which an outlet is ranked. */
    public static final int MIN_COUNT = 3;
    /** Fewest content words behind a rate per 1,000 words. */
    public static final int MIN_WORDS = 300;
    /** Fewest attributions behind a share of attributions. */
    public static final int MIN_BASE = 10;

    private static final double Z = 1.959964;

    private Evidence() {
    }

    /** Whether a rate of {@code count} findings in {@code words} words may be ranked. */
    public static boolean rateQualifies(double count, double words) {
        return count >= MIN_COUNT && words >= MIN_WORDS;
    }

    /** Whether a share of {@code count} out of {@code base} may be ranked. */
    public static boolean shareQualifies(double count, double base) {
        return count >= MIN_COUNT && base >= MIN_BASE;
    }

    /**
     * A 95% interval for a Poisson count (Byar's approximation, within a few percent of the exact interval
     * from 1 upwards), as {low, high} counts.
     */
    public static double[] poisson(double k) {
        double low = k <= 0 ? 0 : k * Math.pow(1 - 1 / (9 * k) - Z / (3 * Math.sqrt(k)), 3);
        double k1 = k + 1;
        double high = k1 * Math.pow(1 - 1 / (9 * k1) + Z / (3 * Math.sqrt(k1)), 3);
        return new double[]{Math.max(0, low), high};
    }

    /** A 95% Wilson interval for {@code k} successes in {@code n}, as {low, high} proportions. */
    public static double[] wilson(double k, double n) {
        if (n <= 0) {
            return new double[]{0, 1};
        }
        double p = k / n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        return new double[]{Math.max(0, centre - half), Math.min(1, centre + half)};
    }
}
