package org.slant.model;

import org.slant.compare.Comparison;

import java.util.List;

/**
 * The result of analysing a set of articles: what {@code analysis.json} holds.
 *
 * @param comparison the cross-article comparison; null until {@link #compared()} ran
 */
public record Analysis(String toolVersion, List<ArticleResult> articles, Comparison.Result comparison,
                       List<AnalysisError> errors) {

    public Analysis {
        articles = List.copyOf(articles);
        errors = List.copyOf(errors);
    }

    /** Compares the articles (reuse, coverage, framing, outlets) and adds their reuse metrics. */
    public Analysis compared() {
        Comparison.Outcome o = Comparison.compare(articles);
        return new Analysis(toolVersion, o.articles(), o.result(), errors);
    }
}
