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
 * @param content  the clean article the extractors read (for cross-article comparison and the report's
 *                 article view); null once a streaming run has dropped it to save memory
 */
public record ArticleResult(Article article, int words, SortedMap<String, Double> metrics,
                            List<Finding> findings, List<String> notes, Content content) {

    public ArticleResult {
        metrics = Collections.unmodifiableSortedMap(new TreeMap<>(metrics));
        findings = findings.stream().sorted(Finding.ORDER).toList();
        notes = List.copyOf(notes);
    }

    public String id() {
        return article.id();
    }

    /** A copy with more metrics (the comparison adds reuse metrics after the batch). */
    public ArticleResult withMetrics(java.util.Map<String, Double> more) {
        TreeMap<String, Double> m = new TreeMap<>(metrics);
        m.putAll(more);
        return new ArticleResult(article, words, m, findings, notes, content);
    }

    /** A copy without the clean content, for streaming runs that keep only the numbers. */
    public ArticleResult withoutContent() {
        return new ArticleResult(article, words, metrics, findings, notes, null);
    }

    public double metric(String name) {
        Double v = metrics.get(name);
        return v == null ? Double.NaN : v;
    }
}
