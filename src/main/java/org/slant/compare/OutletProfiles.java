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

    /**
     * Profiles from running totals over every article of the corpus; {@code ids} lists the articles of
     * each outlet that the analysis holds (all of them, or the sample of a large corpus).
     */
    public static List<Profile> of(CorpusAccumulator acc, List<ArticleResult> held) {
        Map<String, List<String>> ids = new TreeMap<>();
        for (ArticleResult r : held) {
            ids.computeIfAbsent(r.article().meta().outlet(), k -> new ArrayList<>()).add(r.id());
        }
        List<Profile> out = new ArrayList<>();
        for (Map.Entry<String, CorpusAccumulator.OutletTotals> e : acc.outlets().entrySet()) {
            Map<String, Stat> stats = new TreeMap<>();
            e.getValue().metrics.forEach((k, a) -> stats.put(k, new Stat(Reuse.round(a[0] / a[3]), a[1], a[2])));
            out.add(new Profile(e.getKey(), e.getValue().articles, ids.getOrDefault(e.getKey(), List.of()), stats));
        }
        return out;
    }
}
