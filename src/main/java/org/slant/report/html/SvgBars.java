package org.slant.report.html;

import org.slant.text.English;

import java.util.ArrayList;
import java.util.List;

/**
 * A small horizontal bar chart (one bar per outlet) as numbers for {@code svg-bars.mustache}. Bars are
 * scaled to the chart's largest value, which the note states, and every bar carries its value as text.
 */
final class SvgBars {

    static final double LABEL_W = 122;
    static final double BAR_W = 120;
    static final double ROW = 18;
    static final double WIDTH = LABEL_W + BAR_W + 60;

    record Bar(String label, String full, String y, String ty, String w, String value, String vx) {
    }

    record Chart(String title, String width, String height, List<Bar> bars, String x0, String note) {
    }

    private SvgBars() {
    }

    static Chart of(String title, List<String> labels, double[] values, String metric) {
        double max = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                max = Math.max(max, v);
            }
        }
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            double v = values[i];
            double w = Double.isNaN(v) || max <= 0 ? 0 : Math.max(0, v) / max * BAR_W;
            double y = 2 + i * ROW;
            bars.add(new Bar(short18(labels.get(i)), labels.get(i), Fmt.px(y), Fmt.px(y + 11),
                    Fmt.px(w), Double.isNaN(v) ? Fmt.NONE : MetricGlossary.format(metric, v), Fmt.px(LABEL_W + w + 4)));
        }
        String note = max <= 0 ? "all zero" : "bars to scale; longest = " + MetricGlossary.format(metric, max);
        return new Chart(title, Fmt.px(WIDTH), Fmt.px(4 + labels.size() * ROW), bars, Fmt.px(LABEL_W), note);
    }

    /** Labels longer than 18 characters end in an ellipsis; the full label is in the bar's tooltip. */
    static String short18(String s) {
        return English.clip(s, 18);
    }
}
