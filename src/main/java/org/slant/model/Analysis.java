package org.slant.model;

import java.util.List;
import java.util.Map;

/**
 * The result of analysing a set of articles: what {@code analysis.json} holds.
 *
 * @param comparison the cross-article comparison (empty until the comparison stage fills it)
 */
public record Analysis(String toolVersion, List<ArticleResult> articles, Map<String, Object> comparison,
                       List<AnalysisError> errors) {

    public Analysis {
        articles = List.copyOf(articles);
        comparison = comparison == null ? Map.of() : comparison;
        errors = List.copyOf(errors);
    }

    public Analysis withComparison(Map<String, Object> c) {
        return new Analysis(toolVersion, articles, c, errors);
    }
}
