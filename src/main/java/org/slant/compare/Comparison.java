package org.slant.compare;

import org.slant.model.ArticleResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares a set of analysed articles: text reuse, coverage and omissions, framing position, and outlet
 * profiles. Also gives each article its reuse metrics ({@code reuse.shared_share}, ...), which the
 * framing features then include.
 */
public final class Comparison {

    /** What {@code comparison} in analysis.json holds. */
    public record Result(int articles, Reuse.Result reuse, Coverage.Result coverage, Framing.Result framing,
                         List<OutletProfiles.Profile> outlets) {
    }

    /** The comparison, and the articles with their reuse metrics added. */
    public record Outcome(Result result, List<ArticleResult> articles) {
    }

    /** The metrics the comparison adds to every article. */
    public static final List<String> METRICS = List.of("reuse.shared_share", "reuse.unique_share",
            "reuse.shared_sentences", "reuse.partners");

    private Comparison() {
    }

    /** Compares a set held in memory. */
    public static Outcome compare(List<ArticleResult> input) {
        return compare(input, CorpusAccumulator.of(input));
    }

    /**
     * Compares the held articles (all of a set, or the sample of a corpus): reuse and coverage among them,
     * framing of them and of every outlet of the corpus, and outlet profiles over the whole corpus.
     */
    public static Outcome compare(List<ArticleResult> input, CorpusAccumulator corpus) {
        // coverage reads the articles' facts, not their metrics: it runs on a second core beside reuse
        java.util.concurrent.CompletableFuture<Coverage.Result> coverageLater =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> Coverage.build(input));
        Reuse.Result reuse = Reuse.find(input);
        List<ArticleResult> articles = new ArrayList<>(input.size());
        for (int i = 0; i < input.size(); i++) {
            Reuse.ArticleReuse r = reuse.articles().get(i);
            Map<String, Double> m = new TreeMap<>();
            m.put("reuse.shared_share", Reuse.round(r.sharedShare()));
            m.put("reuse.unique_share", Reuse.round(r.uniqueShare()));
            m.put("reuse.shared_sentences", (double) r.sharedSentences());
            m.put("reuse.partners", (double) r.partners().size());
            articles.add(input.get(i).withMetrics(m));
            corpus.addMetrics(input.get(i).article().meta().outlet(), m);
        }
        Coverage.Result coverage;
        try {
            coverage = coverageLater.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        Framing.Result framing = Framing.place(articles, corpus);
        return new Outcome(new Result(articles.size(), reuse, coverage, framing, OutletProfiles.of(corpus, articles)),
                articles);
    }
}
