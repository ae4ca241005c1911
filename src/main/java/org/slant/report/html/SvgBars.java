package org.slant.report.html;

import java.util.ArrayList;
import java.util.List;

/**
 * A small horizontal bar chart (one bar per outlet) as numbers for {@code svg-bars.mustache}. The scale is
 * given, not taken from the chart's own largest value: charts of one family and unit share it (a rate of
 * 0.6 per 1,000 words is never drawn as long as one of 7), shares run from 0 to 100%, zero is no bar.
 * The axis is labelled at both ends and every bar carries its value as text.
 */
final class SvgBars {

    static final double LABEL_W = 122;
    static final double BAR_W = 120;
    static final double ROW = 18;
    static final double AXIS = 14;
    static final double WIDTH = LABEL_W + BAR_W + 60;

    /** The value a full bar stands for, and how the charts sharing it are described. */
    record Scale(double max, String metric, String note) {
    }

    record Bar(String label, String full, String y, String ty, String w, String value, String vx) {
    }

    record Chart(String title, String width, String height, List<Bar> bars, String x0, String note,
                 String axisY, String tickY, String x1, String maxLabel) {
    }

    private SvgBars() {
    }

    static Chart of(String title, List<String> labels, double[] values, String metric, Scale scale) {
        List<String> shown = ChartLabels.of(labels);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            double v = values[i];
            double w = Double.isNaN(v) || scale.max() <= 0 ? 0 : Math.min(1, Math.max(0, v) / scale.max()) * BAR_W;
            double y = 2 + i * ROW;
            bars.add(new Bar(shown.get(i), labels.get(i), Fmt.px(y), Fmt.px(y + 11),
                    Fmt.px(w), Double.isNaN(v) ? Fmt.NONE : MetricGlossary.format(metric, v), Fmt.px(LABEL_W + w + 4)));
        }
        double axisY = 2 + labels.size() * ROW;
        return new Chart(title, Fmt.px(WIDTH), Fmt.px(axisY + AXIS), bars, Fmt.px(LABEL_W), scale.note(),
                Fmt.px(axisY), Fmt.px(axisY + AXIS - 2), Fmt.px(LABEL_W + BAR_W),
                MetricGlossary.format(scale.metric(), scale.max()));
    }

    /** Labels longer than 18 characters end in an ellipsis; the full label is in the tooltip. */
    static String short18(String s) {
        return org.slant.text.English.clip(s, 18);
    }
}
