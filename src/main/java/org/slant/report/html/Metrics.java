package org.slant.report.html;

import org.slant.model.ArticleResult;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/** Metric look-ups over the articles and outlets of a corpus; NaN means "not measured". */
final class Metrics {

    private Metrics() {
    }

    static double of(ArticleResult r, String metric) {
        return r.metric(metric);
    }

    /** The sum of all metrics that match, or NaN when none is present. */
    static double sum(ArticleResult r, Predicate<String> which) {
        double s = Double.NaN;
        for (Map.Entry<String, Double> e : r.metrics().entrySet()) {
            if (which.test(e.getKey())) {
                s = (Double.isNaN(s) ? 0 : s) + e.getValue();
            }
        }
        return s;
    }

    /** Metric names present in any article that match, sorted. */
    static TreeSet<String> names(List<ArticleResult> rs, Predicate<String> which) {
        TreeSet<String> out = new TreeSet<>();
        for (ArticleResult r : rs) {
            for (String k : r.metrics().keySet()) {
                if (which.test(k)) {
                    out.add(k);
                }
            }
        }
        return out;
    }

    static boolean present(List<ArticleResult> rs, String metric) {
        return rs.stream().anyMatch(r -> r.metrics().containsKey(metric));
    }

    /** The mean over an outlet's articles that have a value, or NaN. */
    static double outletMean(Corpus c, String outlet, ToDoubleFunction<ArticleResult> f) {
        double s = 0;
        int n = 0;
        for (int i : c.byOutlet.get(outlet)) {
            double v = f.applyAsDouble(c.articles.get(i));
            if (!Double.isNaN(v)) {
                s += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    /** The sum over an outlet's articles that have a value, or NaN. */
    static double outletSum(Corpus c, String outlet, ToDoubleFunction<ArticleResult> f) {
        double s = Double.NaN;
        for (int i : c.byOutlet.get(outlet)) {
            double v = f.applyAsDouble(c.articles.get(i));
            if (!Double.isNaN(v)) {
                s = (Double.isNaN(s) ? 0 : s) + v;
            }
        }
        return s;
    }
}
