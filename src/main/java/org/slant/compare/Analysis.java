package org.slant.compare;

import org.slant.model.AnalysisError;
import org.slant.model.ArticleResult;
import org.slant.model.Corpus;

import java.util.List;

/**
 * The result of analysing a set of articles: what {@code analysis.json} holds. It lives with the comparison,
 * not in {@code model}, because it holds the comparison's result: {@code model} keeps the per-article records
 * the comparison reads, so the comparison can depend on them and not the other way round.
 *
 * @param comparison the cross-article comparison; null until {@link #compared()} ran
 */
public record Analysis(String toolVersion, Corpus corpus, List<ArticleResult> articles, Comparison.Result comparison,
                       List<AnalysisError> errors) {

    public Analysis {
        articles = List.copyOf(articles);
        errors = List.copyOf(errors);
        if (corpus == null) {
            corpus = new Corpus(articles.size(), articles.size(), false, errors.size());
        }
    }

    /** An analysis of a set held in memory whole. */
    public Analysis(String toolVersion, List<ArticleResult> articles, Comparison.Result comparison,
                    List<AnalysisError> errors) {
        this(toolVersion, null, articles, comparison, errors);
    }

    /** Compares the articles (reuse, coverage, framing, outlets) and adds their reuse metrics. */
    public Analysis compared() {
        Comparison.Outcome o = Comparison.compare(articles);
        return new Analysis(toolVersion, corpus, o.articles(), o.result(), errors);
    }

    /** Compares the held articles against running totals of the whole corpus. */
    public Analysis compared(CorpusAccumulator totals) {
        Comparison.Outcome o = Comparison.compare(articles, totals);
        return new Analysis(toolVersion, corpus, o.articles(), o.result(), errors);
    }
}
