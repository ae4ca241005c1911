package org.slant.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The framing map as numbers for {@code svg-map.mustache}: the 2-D classical MDS projection of the
 * feature distances, drawn with one scale for both axes (so distances on the page are comparable in any
 * direction). Items at the same spot share one point and one label.
 */
final class SvgMap {

    static final double W = 620;
    static final double H = 360;
    static final double PAD = 34;
    static final int LABEL_LIMIT = 60;

    record Point(String cx, String cy, String label, String lx, String ly, String title) {
    }

    record MapChart(String width, String height, List<Point> points) {
    }

    private SvgMap() {
    }

    /** @param coords label to (x, y), in any order; the output is ordered by position, then label */
    static MapChart of(Map<String, double[]> coords) {
        // merge items at the same place
        TreeMap<String, List<String>> at = new TreeMap<>();
        TreeMap<String, double[]> pos = new TreeMap<>();
        for (Map.Entry<String, double[]> e : new TreeMap<>(coords).entrySet()) {
            double[] p = e.getValue();
            String key = Fmt.num(p[0], 3) + "," + Fmt.num(p[1], 3);
            at.computeIfAbsent(key, k -> new ArrayList<>()).add(e.getKey());
            pos.put(key, p);
        }
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] p : pos.values()) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        double rx = maxX - minX;
        double ry = maxY - minY;
        double scale = Math.min(rx > 0 ? (W - 2 * PAD - 150) / rx : Double.MAX_VALUE,
                ry > 0 ? (H - 2 * PAD) / ry : Double.MAX_VALUE);
        if (scale == Double.MAX_VALUE) {
            scale = 0; // one spot only
        }
        double midX = (minX + maxX) / 2;
        double midY = (minY + maxY) / 2;
        List<Point> points = new ArrayList<>();
        boolean labels = at.size() <= LABEL_LIMIT;
        List<double[]> placed = new ArrayList<>(); // label boxes: x1, y1, x2, y2
        for (Map.Entry<String, List<String>> e : at.entrySet()) {
            double[] p = pos.get(e.getKey());
            double cx = (W - 150) / 2 + (p[0] - midX) * scale;
            double cy = H / 2 - (p[1] - midY) * scale; // SVG y grows downwards
            String label = String.join(", ", e.getValue());
            String shown = labels ? Clip.line(label) : "";
            double ly = labels ? freeLine(placed, cx + 8, cy + 4, shown.length() * 6.2) : cy + 4;
            points.add(new Point(Fmt.px(cx), Fmt.px(cy), shown, Fmt.px(cx + 8), Fmt.px(ly), label));
        }
        return new MapChart(Fmt.px(W), Fmt.px(H), points);
    }

    /** A baseline for a label near {@code y} that does not overlap the labels placed so far. */
    private static double freeLine(List<double[]> placed, double x, double y, double width) {
        double ly = y;
        for (int tries = 0; tries < 8; tries++) {
            boolean clash = false;
            for (double[] b : placed) {
                if (x < b[2] && x + width > b[0] && ly - 10 < b[3] && ly > b[1]) {
                    clash = true;
                    break;
                }
            }
            if (!clash) {
                break;
            }
            ly += 13;
        }
        placed.add(new double[]{x, ly - 10, x + width, ly});
        return ly;
    }
}
