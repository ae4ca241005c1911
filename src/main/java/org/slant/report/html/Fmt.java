package org.slant.report.html;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Number formatting for the page: fixed decimals, half-up rounding, no locale (the same bytes on every
 * machine), and a dash for "not measured".
 */
final class Fmt {

    static final String NONE = "–";

    private Fmt() {
    }

    /** {@code v} with exactly {@code decimals} decimals; a dash for NaN. */
    static String num(double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return NONE;
        }
        String s = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        return s.startsWith("-") && s.matches("-0(\\.0+)?") ? s.substring(1) : s;
    }

    /** A whole number with thousands separators: 1,767. */
    static String count(double n) {
        if (Double.isNaN(n)) {
            return NONE;
        }
        return String.format(Locale.ROOT, "%,d", Math.round(n));
    }

    /** A share as a percentage: whole percent from 10% up, one decimal below. */
    static String pct(double share) {
        if (Double.isNaN(share)) {
            return NONE;
        }
        double p = share * 100;
        return (Math.abs(p) >= 10 || p == 0 ? num(p, 0) : num(p, 1)) + "%";
    }

    /** A rate per 1,000 words, one decimal. */
    static String per1k(double v) {
        return num(v, 1);
    }

    /** A coordinate or length in an SVG: one decimal is finer than a pixel. */
    static String px(double v) {
        return num(v, 1);
    }

    /** A value for sorting a table column in the browser (plain, fixed, sortable as a number). */
    static String sortKey(double v) {
        return Double.isNaN(v) ? "" : num(v, 6);
    }
}
