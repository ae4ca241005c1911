package org.slant.report.html;

import java.util.ArrayList;
import java.util.List;

/**
 * A similarity heat map as numbers for {@code svg-heat.mustache}: one cell per pair, coloured on a
 * colour-blind-safe scale (white to blue; or vermillion to white to blue when values can be negative),
 * with the value written in the cell when there is room, and in every cell's tooltip.
 */
final class SvgHeat {

    static final double LABEL_W = 130;
    static final double TOP = 96;

    record Cell(String x, String y, String s, String fill, String title, String text, String tx, String ty,
                String ink) {
    }

    record Label(String x, String y, String text, String full, String transform) {
    }

    record Heat(String title, String width, String height, List<Label> rows, List<Label> cols, List<Cell> cells,
                String scale) {
    }

    private SvgHeat() {
    }

    static Heat of(String title, List<String> labels, double[][] m, boolean diverging) {
        int n = labels.size();
        double s = Math.max(14, Math.min(44, 480.0 / Math.max(1, n)));
        List<Label> rows = new ArrayList<>();
        List<Label> cols = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        List<String> shown = ChartLabels.of(labels);
        for (int i = 0; i < n; i++) {
            String l = labels.get(i);
            double cy = TOP + i * s + s / 2 + 4;
            rows.add(new Label(Fmt.px(LABEL_W - 6), Fmt.px(cy), shown.get(i), l, ""));
            double cx = LABEL_W + i * s + s / 2;
            cols.add(new Label(Fmt.px(cx), Fmt.px(TOP - 6), shown.get(i), l,
                    "rotate(-45 " + Fmt.px(cx) + " " + Fmt.px(TOP - 6) + ")"));
            for (int j = 0; j < n; j++) {
                double v = i < m.length && j < m[i].length ? m[i][j] : Double.NaN;
                double t = Double.isNaN(v) ? 0 : Math.max(-1, Math.min(1, v));
                double x = LABEL_W + j * s;
                double y = TOP + i * s;
                boolean room = s >= 30;
                cells.add(new Cell(Fmt.px(x), Fmt.px(y), Fmt.px(s - 1), colour(t, diverging),
                        l + " × " + labels.get(j) + ": " + Fmt.num(v, 2), room ? Fmt.num(v, 2) : "",
                        Fmt.px(x + s / 2), Fmt.px(y + s / 2 + 4), Math.abs(t) > 0.55 ? "#ffffff" : "#1b1b1b"));
            }
        }
        String scale = diverging ? "vermillion = opposite (−1), white = unrelated (0), blue = alike (1)"
                : "white = nothing in common (0), dark blue = identical (1)";
        return new Heat(title, Fmt.px(LABEL_W + n * s + 80), Fmt.px(TOP + n * s + 8), rows, cols, cells, scale);
    }

    /** White to Okabe–Ito blue for 0..1; vermillion to white for −1..0. */
    static String colour(double t, boolean diverging) {
        if (t >= 0 || !diverging) {
            return mix(0xffffff, 0x0072B2, Math.max(0, t));
        }
        return mix(0xffffff, 0xD55E00, -t);
    }

    static String mix(int from, int to, double t) {
        int r = channel(from >> 16, to >> 16, t);
        int g = channel(from >> 8, to >> 8, t);
        int b = channel(from, to, t);
        return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    private static int channel(int a, int b, double t) {
        a &= 0xff;
        b &= 0xff;
        return (int) Math.round(a + (b - a) * t);
    }
}
