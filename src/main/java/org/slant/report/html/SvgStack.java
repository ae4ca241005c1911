package org.slant.report.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Stacked horizontal bars as numbers for {@code svg-stack.mustache}: for each outlet, how its quoted and
 * reported words divide among actors. Each segment has a tooltip with the words and share, and a text
 * label when it is wide enough, so colour is never the only cue.
 */
final class SvgStack {

    static final double LABEL_W = 130;
    static final double BAR_W = 420;
    static final double ROW = 24;

    record Seg(String x, String y, String w, String fill, String title, String text, String tx, String ty, String ink) {
    }

    record Row(String label, String full, String y, String ty, List<Seg> segs, String total, String totalX) {
    }

    record Swatch(String fill, String name) {
    }

    record Stack(String title, String width, String height, List<Row> rows, List<Swatch> legend) {
    }

    /** One outlet: its label and its words per actor (in the order of {@code actors}). */
    record Input(String label, double[] words) {
    }

    private SvgStack() {
    }

    /**
     * @param title what the chart shows (its accessible name)
     * @param unit  what is counted ("words", "uses"), in tooltips and totals
     */
    static Stack of(String title, String unit, List<String> actors, List<String> fills, List<Input> outlets) {
        List<String> shown = ChartLabels.of(outlets.stream().map(Input::label).toList());
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < outlets.size(); r++) {
            Input in = outlets.get(r);
            double total = 0;
            for (double w : in.words()) {
                total += w;
            }
            double y = 2 + r * ROW;
            List<Seg> segs = new ArrayList<>();
            double x = LABEL_W;
            for (int a = 0; a < actors.size(); a++) {
                double words = in.words()[a];
                if (words <= 0 || total <= 0) {
                    continue;
                }
                double share = words / total;
                double w = share * BAR_W;
                String fill = fills.get(a);
                String text = w >= 64 ? SvgBars.short18(actors.get(a)) + " " + Fmt.pct(share) : "";
                segs.add(new Seg(Fmt.px(x), Fmt.px(y), Fmt.px(w), fill,
                        in.label() + " · " + actors.get(a) + ": " + Fmt.count(words) + " " + unit + " (" + Fmt.pct(share) + ")",
                        text, Fmt.px(x + 4), Fmt.px(y + 15), ink(fill)));
                x += w;
            }
            rows.add(new Row(shown.get(r), in.label(), Fmt.px(y), Fmt.px(y + 15), segs,
                    Fmt.count(total) + " " + unit, Fmt.px(LABEL_W + BAR_W + 6)));
        }
        List<Swatch> legend = new ArrayList<>();
        for (int a = 0; a < actors.size(); a++) {
            legend.add(new Swatch(fills.get(a), actors.get(a)));
        }
        return new Stack(title, Fmt.px(LABEL_W + BAR_W + 90), Fmt.px(4 + outlets.size() * ROW), rows, legend);
    }

    /** Text colour on a fill: white on the dark Okabe–Ito colours, near-black on the light ones. */
    static String ink(String fill) {
        return switch (fill) {
            case "#0072B2", "#D55E00", "#009E73", "#000000", "#CC79A7" -> "#ffffff";
            default -> "#1b1b1b";
        };
    }
}
