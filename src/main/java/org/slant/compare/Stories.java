package org.slant.compare;

import org.slant.model.ArticleResult;
import smile.clustering.HierarchicalClustering;
import smile.clustering.linkage.UPGMALinkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups articles into stories by what their own text is about: TF-IDF vectors of {@link StoryTerms}
 * (sublinear term frequency, smoothed inverse document frequency over the set), cosine similarity, and
 * Smile's average-linkage (UPGMA) hierarchical clustering cut at {@link #CUT}. Deterministic: the
 * clustering is fed the articles in input order, and stories are numbered by their first article.
 * <p>
 * Work is quadratic in the number of articles clustered (every pair's cosine, an n x n matrix; at most
 * {@link #CLUSTER_LIMIT}). It runs only on the articles an analysis holds (all of a small set, or the
 * sample of a corpus: {@code --sample}, 300 by default), never on the corpus stream, which stays linear.
 */
public final class Stories {

    /**
     * The distance (1 - cosine) at which the tree is cut: stories join while the average cosine similarity
     * of their articles is at least 0.15. Measured on articles about many events, never on the seeds
     * ({@code StoriesMeasureTest}): the first cut tried (0.70 to 0.95 in steps of 0.05) that keeps at least
     * 90% of PTC articles cut in two halves in one story (0.906), while PolNeAR's 84 articles on one
     * election campaign still give 46 stories (the largest of 7). A higher cut merges topics (0.90: one
     * story of 26 PolNeAR articles); a lower one splits events (0.80: 83% of halves together).
     */
    public static final double CUT = 0.85;

    /**
     * A story: its id ({@code story-1}, ...), a label (its earliest headline), its articles' ids in input
     * order, and the coverage table among them (null for an article that stands alone).
     */
    public record Story(String id, String label, List<String> articles, Coverage.Result coverage) {

        /** True for a story of one article: nothing to compare it with. */
        public boolean alone() {
            return articles.size() < 2;
        }
    }

    private Stories() {
    }

    /**
     * Articles clustered at most: the distance matrix grows with the square of their number (2,000 take
     * 32 MB). Beyond them (a {@code --sample} raised far above its default of 300), each further article
     * joins the story of its most similar clustered article when that one is within the cut, or stands
     * alone: work per further article is bounded, so it stays linear in their number.
     */
    static final int CLUSTER_LIMIT = 2_000;

    /** For each article (by index), its story's number, 0 for the first article's story, in input order. */
    public static int[] group(List<ArticleResult> results) {
        return group(vectors(results), CUT);
    }

    static int[] group(List<Map<String, Double>> vectors, double cut) {
        return group(vectors, cut, CLUSTER_LIMIT);
    }

    static int[] group(List<Map<String, Double>> vectors, double cut, int limit) {
        int n = vectors.size();
        int m = Math.min(n, limit);
        CosineIndex index = new CosineIndex(vectors, m);
        int[] labels = new int[n];
        if (m >= 2) {
            System.arraycopy(cut(tree(index, m), cut), 0, labels, 0, m);
        }
        int next = m;
        for (int i = m; i < n; i++) {
            double[] sim = index.row(i);
            int best = -1;
            for (int j = 0; j < m; j++) {
                if (best < 0 || sim[j] > sim[best]) {
                    best = j;
                }
            }
            labels[i] = best >= 0 && 1 - sim[best] <= cut ? labels[best] : next++;
        }
        return renumber(labels);
    }

    /** Average-linkage clustering of the vectors by cosine distance (at least two vectors). */
    static HierarchicalClustering tree(List<Map<String, Double>> vectors) {
        return tree(new CosineIndex(vectors, vectors.size()), vectors.size());
    }

    private static HierarchicalClustering tree(CosineIndex index, int n) {
        double[][] dist = new double[n][n];
        for (int i = 0; i < n; i++) {
            double[] sim = index.row(i);
            for (int j = i + 1; j < n; j++) {
                dist[i][j] = Math.max(0, 1 - sim[j]);
                dist[j][i] = dist[i][j];
            }
        }
        return HierarchicalClustering.fit(new UPGMALinkage(dist));
    }

    /** The tree cut at a distance, stories numbered by their first article whatever numbers Smile gave. */
    static int[] cut(HierarchicalClustering tree, double cut) {
        double[] heights = tree.height();
        // Smile refuses a cut above the last merge: then every article is in one story
        return renumber(cut >= heights[heights.length - 1] ? new int[heights.length + 1] : tree.partition(cut));
    }

    private static int[] renumber(int[] labels) {
        int[] story = new int[labels.length];
        Map<Integer, Integer> renumber = new HashMap<>();
        for (int i = 0; i < labels.length; i++) {
            story[i] = renumber.computeIfAbsent(labels[i], k -> renumber.size());
        }
        return story;
    }

    /** TF-IDF vectors: 1 + ln(tf), times ln((1 + n) / (1 + df)) + 1; cosine later normalises them. */
    static List<Map<String, Double>> vectors(List<ArticleResult> results) {
        List<Map<String, Double>> counts = new ArrayList<>(results.size());
        for (ArticleResult r : results) {
            counts.add(StoryTerms.of(r.content()));
        }
        return tfidf(counts);
    }

    static List<Map<String, Double>> tfidf(List<Map<String, Double>> counts) {
        Map<String, Integer> df = new HashMap<>();
        counts.forEach(d -> d.keySet().forEach(w -> df.merge(w, 1, Integer::sum)));
        int n = counts.size();
        List<Map<String, Double>> out = new ArrayList<>(n);
        for (Map<String, Double> d : counts) {
            Map<String, Double> v = new HashMap<>();
            d.forEach((w, tf) -> v.put(w, (1 + Math.log(tf)) * (Math.log((1.0 + n) / (1.0 + df.get(w))) + 1)));
            out.add(v);
        }
        return out;
    }

    /**
     * The stories of a grouping, each labelled by its earliest headline (by date, then input order; the
     * first article's id when none has a title), with coverage from the given function (stories of two
     * articles or more).
     */
    static List<Story> stories(List<ArticleResult> results, int[] story,
                               java.util.function.Function<List<ArticleResult>, Coverage.Result> coverage) {
        List<Story> out = new ArrayList<>();
        for (List<ArticleResult> members : members(results, story)) {
            List<String> ids = members.stream().map(ArticleResult::id).toList();
            out.add(new Story("story-" + (out.size() + 1), label(members), ids,
                    members.size() < 2 ? null : coverage.apply(members)));
        }
        return out;
    }

    /** The articles of each story, stories in order of their number, articles in input order. */
    static List<List<ArticleResult>> members(List<ArticleResult> results, int[] story) {
        List<List<ArticleResult>> out = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            while (out.size() <= story[i]) {
                out.add(new ArrayList<>());
            }
            out.get(story[i]).add(results.get(i));
        }
        return out;
    }

    private static String label(List<ArticleResult> members) {
        ArticleResult best = null;
        for (ArticleResult r : members) {
            String t = r.article().meta().title();
            if (t == null || t.isBlank()) {
                continue;
            }
            if (best == null || earlier(r.article().meta().date(), best.article().meta().date())) {
                best = r;
            }
        }
        return best == null ? members.get(0).id() : best.article().meta().title().strip();
    }

    /** A date before another; an article without a date comes after every dated one. */
    private static boolean earlier(String a, String b) {
        return a != null && (b == null || a.compareTo(b) < 0);
    }
}
