package org.slant.model;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything the pipeline found in one article.
 *
 * @param words    word count of the article's content (after boilerplate removal)
 * @param metrics  stable dotted metric names to numbers, sorted by name
 * @param findings sorted by {@link Finding#ORDER}
 * @param notes    warnings about the analysis of this article (e.g. "all boilerplate")
 */
public record ArticleResult(Article article, int words, SortedMap<String, Double> metrics,
                            List<Finding> findings, List<String> notes) {

    public ArticleResult {
        metrics = Collections.unmodifiableSortedMap(new TreeMap<>(metrics));
        findings = findings.stream().sorted(Finding.ORDER).toList();
        notes = List.copyOf(notes);
    }

    public String id() {
        return article.id();
    }

    public double metric(String name) {
        Double v = metrics.get(name);
        return v == null ? Double.NaN : v;
    }
}
