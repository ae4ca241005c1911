package org.slant.compare;

import org.slant.model.ArticleResult;
import org.slant.model.Content;
import org.slant.text.Token;
import smile.clustering.HierarchicalClustering;
import smile.clustering.linkage.UPGMALinkage;
import smile.nlp.dictionary.EnglishStopWords;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where each article (and outlet) stands against the others: a feature vector of the extractors' rates
 * and shares, standardised; a TF-IDF vector of stemmed content words; cosine similarity matrices of
 * both; average-linkage (UPGMA) hierarchical clustering with Smile; and a 2-D map by classical MDS of
 * the feature distances. With fewer than three items there is nothing to place, and it says so.
 */
public final class Framing {

    /** Above this many articles, only outlets are placed (an n x n article matrix would not be read). */
    static final int ARTICLE_LIMIT = 300;

    /** One clustering merge: two nodes (article or outlet ids, or earlier merges "#k") at a height. */
    public record Merge(String left, String right, double height) {
    }

    /** The placement of a set of items (articles or outlets). */
    public record Placement(String status, String message, List<String> items, List<String> features,
                            double[][] featureSimilarity, double[][] termSimilarity, List<Merge> clusters,
                            List<String> order, Map<String, double[]> projection) {
    }

    public record Result(Placement articles, Placement outlets) {
    }

    private Framing() {
    }

    /** Metric names that are rates or shares: comparable across articles of any length. */
    static boolean isFeature(String metric) {
        return metric.endsWith(".per1k") || metric.endsWith("share") || metric.endsWith(".ratio");
    }

    /** Places the held articles one by one (when there are few enough) and every outlet of the corpus. */
    public static Result place(List<ArticleResult> results, CorpusAccumulator corpus) {
        TreeSet<String> names = new TreeSet<>();
        results.forEach(r -> r.metrics().keySet().stream().filter(Framing::isFeature).forEach(names::add));
        corpus.outlets().values().forEach(t -> t.metrics.keySet().stream().filter(Framing::isFeature).forEach(names::add));
        List<String> features = new ArrayList<>(names);
        Placement articles;
        if (results.size() <= ARTICLE_LIMIT) {
            double[][] x = new double[results.size()][features.size()];
            List<Map<String, Double>> terms = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                for (int j = 0; j < features.size(); j++) {
                    Double v = results.get(i).metrics().get(features.get(j));
                    x[i][j] = v == null ? 0 : v;
                }
                terms.add(termCounts(results.get(i).content()));
            }
            articles = placement(results.stream().map(ArticleResult::id).toList(), features, x, tfidf(terms));
        } else {
            articles = skipped("articles: " + results.size() + " are too many to place one by one; see the outlets",
                    features);
        }
        // outlets: the mean feature vector (an absent metric counts as 0) and the summed term counts
        List<String> outlets = new ArrayList<>(corpus.outlets().keySet());
        double[][] ox = new double[outlets.size()][features.size()];
        List<Map<String, Double>> oterms = new ArrayList<>();
        for (int o = 0; o < outlets.size(); o++) {
            CorpusAccumulator.OutletTotals t = corpus.outlets().get(outlets.get(o));
            for (int j = 0; j < features.size(); j++) {
                double[] a = t.metrics.get(features.get(j));
                ox[o][j] = a == null ? 0 : a[0] / t.articles;
            }
            oterms.add(t.terms);
        }
        return new Result(articles, placement(outlets, features, ox, tfidf(oterms)));
    }

    private static Placement skipped(String message, List<String> features) {
        return new Placement("skipped", message, List.of(), features, new double[0][], new double[0][], List.of(),
                List.of(), Map.of());
    }

    private static Placement placement(List<String> items, List<String> features, double[][] x,
                                       List<Map<String, Double>> tv) {
        int n = items.size();
        double[][] z = standardise(x);
        double[][] fs = cosineMatrix(z);
        double[][] ts = sparseCosineMatrix(tv);
        if (n < 3) {
            return new Placement("too_few", "fewer than three to compare: no clustering or map, only similarities",
                    items, features, round(fs), round(ts), List.of(), items, Map.of());
        }
        double[][] dist = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                dist[i][j] = i == j ? 0 : Math.max(0, 1 - ts[i][j]);
            }
        }
        HierarchicalClustering hc = HierarchicalClustering.fit(new UPGMALinkage(dist));
        List<Merge> merges = new ArrayList<>();
        int[][] tree = hc.tree();
        double[] height = hc.height();
        for (int k = 0; k < tree.length; k++) {
            merges.add(new Merge(node(tree[k][0], items), node(tree[k][1], items), round(height[k])));
        }
        double[][] euclid = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                euclid[i][j] = distance(z[i], z[j]);
            }
        }
        double[][] coords = Mds.classical(euclid, 2);
        Map<String, double[]> projection = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            projection.put(items.get(i), new double[]{round(coords[i][0]), round(coords[i][1])});
        }
        return new Placement("ok", "similarity: cosine of standardised features and of TF-IDF term vectors; "
                + "clusters: UPGMA on 1 - term cosine (Smile); map: classical MDS of feature distances",
                items, features, round(fs), round(ts), merges, leafOrder(tree, n, items), projection);
    }

    private static String node(int k, List<String> items) {
        return k < items.size() ? items.get(k) : "#" + (k - items.size());
    }

    private static List<String> leafOrder(int[][] tree, int n, List<String> items) {
        List<String> out = new ArrayList<>();
        if (tree.length == 0) {
            return out;
        }
        walk(tree.length - 1 + n, tree, n, items, out);
        return out;
    }

    private static void walk(int node, int[][] tree, int n, List<String> items, List<String> out) {
        if (node < n) {
            out.add(items.get(node));
            return;
        }
        walk(tree[node - n][0], tree, n, items, out);
        walk(tree[node - n][1], tree, n, items, out);
    }

    /** Counts of stemmed content words (letters only, three or more, not stop words). */
    static Map<String, Double> termCounts(Content c) {
        Map<String, Double> out = new HashMap<>();
        if (c == null) {
            return out;
        }
        for (Token t : c.tokens()) {
            String w = t.norm();
            if (t.type() != Token.Type.WORD || w.length() < 3 || !w.chars().allMatch(Character::isLetter)
                    || EnglishStopWords.DEFAULT.contains(w)) {
                continue;
            }
            out.merge(Stems.stem(w), 1.0, Double::sum);
        }
        return out;
    }

    /** Sparse TF-IDF vectors (term frequency times smoothed inverse document frequency). */
    static List<Map<String, Double>> tfidf(List<Map<String, Double>> docs) {
        Map<String, Integer> df = new HashMap<>();
        for (Map<String, Double> d : docs) {
            d.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
        }
        int n = docs.size();
        List<Map<String, Double>> out = new ArrayList<>(n);
        for (Map<String, Double> d : docs) {
            double total = d.values().stream().mapToDouble(Double::doubleValue).sum();
            Map<String, Double> v = new HashMap<>();
            for (Map.Entry<String, Double> e : d.entrySet()) {
                double idf = Math.log((1.0 + n) / (1.0 + df.get(e.getKey()))) + 1;
                v.put(e.getKey(), e.getValue() / Math.max(1, total) * idf);
            }
            out.add(v);
        }
        return out;
    }

    /** Cosine similarities of sparse vectors, by merging their sorted term lists (deterministic order). */
    static double[][] sparseCosineMatrix(List<Map<String, Double>> v) {
        int n = v.size();
        String[][] keys = new String[n][];
        double[][] vals = new double[n][];
        double[] norm = new double[n];
        for (int i = 0; i < n; i++) {
            keys[i] = v.get(i).keySet().toArray(String[]::new);
            java.util.Arrays.sort(keys[i]);
            vals[i] = new double[keys[i].length];
            for (int k = 0; k < keys[i].length; k++) {
                vals[i][k] = v.get(i).get(keys[i][k]);
                norm[i] += vals[i][k] * vals[i][k];
            }
            norm[i] = Math.sqrt(norm[i]);
        }
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) {
            s[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                double dot = 0;
                int p = 0;
                int q = 0;
                while (p < keys[i].length && q < keys[j].length) {
                    int c = keys[i][p].compareTo(keys[j][q]);
                    if (c == 0) {
                        dot += vals[i][p++] * vals[j][q++];
                    } else if (c < 0) {
                        p++;
                    } else {
                        q++;
                    }
                }
                double c = norm[i] == 0 || norm[j] == 0 ? 0 : dot / (norm[i] * norm[j]);
                s[i][j] = c;
                s[j][i] = c;
            }
        }
        return s;
    }

    static double[][] standardise(double[][] x) {
        int n = x.length;
        int m = n == 0 ? 0 : x[0].length;
        double[][] z = new double[n][m];
        for (int j = 0; j < m; j++) {
            double mean = 0;
            for (double[] row : x) {
                mean += row[j] / n;
            }
            double var = 0;
            for (double[] row : x) {
                var += (row[j] - mean) * (row[j] - mean) / n;
            }
            double sd = Math.sqrt(var);
            for (int i = 0; i < n; i++) {
                z[i][j] = sd < 1e-12 ? 0 : (x[i][j] - mean) / sd;
            }
        }
        return z;
    }

    static double[][] cosineMatrix(double[][] v) {
        int n = v.length;
        double[][] s = new double[n][n];
        double[] norm = new double[n];
        for (int i = 0; i < n; i++) {
            norm[i] = Math.sqrt(dot(v[i], v[i]));
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s[i][j] = i == j ? 1 : norm[i] == 0 || norm[j] == 0 ? 0 : dot(v[i], v[j]) / (norm[i] * norm[j]);
            }
        }
        return s;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(s);
    }

    private static double[][] round(double[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = new double[m[i].length];
            for (int j = 0; j < m[i].length; j++) {
                out[i][j] = round(m[i][j]);
            }
        }
        return out;
    }

    private static double round(double v) {
        double r = Math.round(v * 1e6) / 1e6;
        return r == 0 ? 0 : r; // no "-0.0" in the output
    }
}
