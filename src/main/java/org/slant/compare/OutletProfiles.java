package org.slant.compare;

import org.slant.model.ArticleResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Articles of one outlet aggregated: count, and mean, minimum and maximum of every metric. */
public final class OutletProfiles {

    public record Stat(double mean, double min, double max) {
    }

    public record Profile(String outlet, int articles, List<String> ids, Map<String, Stat> metrics) {
    }

    private OutletProfiles() {
    }

    public static List<Profile> of(List<ArticleResult> results) {
        Map<String, List<ArticleResult>> byOutlet = new TreeMap<>();
        for (ArticleResult r : results) {
            byOutlet.computeIfAbsent(r.article().meta().outlet(), k -> new ArrayList<>()).add(r);
        }
        List<Profile> out = new ArrayList<>();
        for (Map.Entry<String, List<ArticleResult>> e : byOutlet.entrySet()) {
            Map<String, double[]> acc = new TreeMap<>(); // sum, min, max, n
            for (ArticleResult r : e.getValue()) {
                for (Map.Entry<String, Double> m : r.metrics().entrySet()) {
                    double[] a = acc.computeIfAbsent(m.getKey(), k -> new double[]{0, Double.MAX_VALUE, -Double.MAX_VALUE, 0});
                    a[0] += m.getValue();
                    a[1] = Math.min(a[1], m.getValue());
                    a[2] = Math.max(a[2], m.getValue());
                    a[3]++;
                }
            }
            Map<String, Stat> stats = new TreeMap<>();
            acc.forEach((k, a) -> stats.put(k, new Stat(Reuse.round(a[0] / a[3]), a[1], a[2])));
            out.add(new Profile(e.getKey(), e.getValue().size(), e.getValue().stream().map(ArticleResult::id).toList(), stats));
        }
        return out;
    }
}
