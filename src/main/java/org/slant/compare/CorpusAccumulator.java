package org.slant.compare;

import org.slant.model.ArticleResult;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-outlet running totals over every article of a corpus: how many articles, sum, minimum and maximum
 * of each metric, and stemmed term counts. Fed one article at a time, so outlet profiles and the
 * outlet-level framing cover the whole corpus while only a sample of articles is kept in memory.
 * Not thread-safe: the batch feeds it from one thread, in input order.
 */
public final class CorpusAccumulator {

    /** Running totals of one outlet. */
    static final class OutletTotals {
        int articles;
        final Map<String, double[]> metrics = new TreeMap<>(); // sum, min, max, n
        final Map<String, Double> terms = new HashMap<>();
    }

    private final Map<String, OutletTotals> outlets = new TreeMap<>();
    private long articles;

    public void add(ArticleResult r) {
        articles++;
        OutletTotals t = outlets.computeIfAbsent(r.article().meta().outlet(), k -> new OutletTotals());
        t.articles++;
        for (Map.Entry<String, Double> m : r.metrics().entrySet()) {
            double[] a = t.metrics.computeIfAbsent(m.getKey(), k -> new double[]{0, Double.MAX_VALUE, -Double.MAX_VALUE, 0});
            a[0] += m.getValue();
            a[1] = Math.min(a[1], m.getValue());
            a[2] = Math.max(a[2], m.getValue());
            a[3]++;
        }
        Framing.termCounts(r.content()).forEach((k, v) -> t.terms.merge(k, v, Double::sum));
    }

    /** Adds the comparison's per-article metrics (reuse) of the sampled articles, which exist only after it. */
    void addMetrics(String outlet, Map<String, Double> extra) {
        OutletTotals t = outlets.get(outlet);
        if (t == null) {
            return;
        }
        for (Map.Entry<String, Double> m : extra.entrySet()) {
            double[] a = t.metrics.computeIfAbsent(m.getKey(), k -> new double[]{0, Double.MAX_VALUE, -Double.MAX_VALUE, 0});
            a[0] += m.getValue();
            a[1] = Math.min(a[1], m.getValue());
            a[2] = Math.max(a[2], m.getValue());
            a[3]++;
        }
    }

    public long articles() {
        return articles;
    }

    Map<String, OutletTotals> outlets() {
        return outlets;
    }

    /** Accumulates a list (for sets held in memory). */
    public static CorpusAccumulator of(List<ArticleResult> results) {
        CorpusAccumulator a = new CorpusAccumulator();
        results.forEach(a::add);
        return a;
    }
}
