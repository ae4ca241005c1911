package org.slant.compare;

import org.slant.model.ArticleResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Compares a set of analysed articles: groups them into stories, then text reuse and coverage within each
 * story, framing position, and outlet profiles. Also gives each article its reuse metrics
 * ({@code reuse.shared_share}, ...), which the framing features then include.
 * <p>
 * Framing and outlet profiles stay corpus-wide: they describe how an outlet writes over everything it
 * published (running totals over the whole corpus stream), which stories, formed on the held articles
 * only, cannot divide.
 */
public final class Comparison {

    /** What {@code comparison} in analysis.json holds. */
    public record Result(int articles, List<Stories.Story> stories, Reuse.Result reuse, Framing.Result framing,
                         List<OutletProfiles.Profile> outlets) {

        /** The story of an article, by id; null for an article the comparison did not hold. */
        public Stories.Story storyOf(String articleId) {
            for (Stories.Story s : stories) {
                if (s.articles().contains(articleId)) {
                    return s;
                }
            }
            return null;
        }
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
     * Compares the held articles (all of a set, or the sample of a corpus): stories, and reuse and coverage
     * within each story; framing of the held articles and of every outlet of the corpus, and outlet profiles
     * over the whole corpus.
     */
    public static Outcome compare(List<ArticleResult> input, CorpusAccumulator corpus) {
        int[] story = Stories.group(input);
        List<List<ArticleResult>> members = Stories.members(input, story);
        // coverage reads the articles' facts, not their metrics: it runs on a second core beside reuse
        CompletableFuture<List<Stories.Story>> storiesLater =
                CompletableFuture.supplyAsync(() -> Stories.stories(input, story, Coverage::build));
        Reuse.Result reuse = reuse(input, members);
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
        List<Stories.Story> stories;
        try {
            stories = storiesLater.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        Framing.Result framing = Framing.place(articles, corpus);
        return new Outcome(new Result(articles.size(), stories, reuse, framing, OutletProfiles.of(corpus, articles)),
                articles);
    }

    /**
     * Reuse found within each story, put back together: articles in input order, passages ordered by their
     * first article's input position (within it, as the story's run found them). A set of one story gives
     * exactly what one run over the set gives.
     */
    static Reuse.Result reuse(List<ArticleResult> input, List<List<ArticleResult>> members) {
        if (members.size() <= 1) {
            return Reuse.find(input); // one story (or none: no articles)
        }
        Map<String, Reuse.ArticleReuse> byId = new HashMap<>();
        List<Reuse.Passage> passages = new ArrayList<>();
        Reuse.Result any = null;
        for (List<ArticleResult> m : members) {
            Reuse.Result r = Reuse.find(m);
            r.articles().forEach(a -> byId.put(a.id(), a));
            passages.addAll(r.passages());
            any = r;
        }
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < input.size(); i++) {
            position.putIfAbsent(input.get(i).id(), i);
        }
        passages.sort(Comparator.comparingInt(p -> position.get(p.a()))); // stable: keeps each story's order
        List<Reuse.ArticleReuse> articles = input.stream().map(a -> byId.get(a.id())).toList();
        return new Reuse.Result(any.threshold(), any.method(), articles, passages);
    }
}
