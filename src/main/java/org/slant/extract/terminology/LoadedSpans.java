package org.slant.extract.terminology;

import org.slant.model.Content;
import org.slant.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Turns the model's token probabilities into spans: word tokens whose loaded+label probability reaches
 * the threshold, and that no lexicon finding covers (the lexicon's finding, with its entry id, stands
 * there), join with the likely words right next to them (no punctuation between) into one span. The
 * span is a label when its summed label probability beats its loaded probability, else loaded.
 */
public final class LoadedSpans {

    /** A span of tokens {@code [firstToken, endToken)}, its category and its mean probability. */
    public record Span(int firstToken, int endToken, Category category, double probability) {
    }

    private LoadedSpans() {
    }

    /**
     * The spans of one article, in text order: runs of adjacent words whose probability reaches
     * {@code extend}, holding at least one word whose probability reaches {@code threshold} (so a clear
     * loaded word carries the weaker words of its phrase with it, "a <b>vicious and petty</b> attack").
     */
    public static List<Span> find(LoadedScorer scorer, Content content, byte[] marks, double threshold, double extend,
                                  boolean ownSeed) {
        return find(scorer.scores(content, marks), content, marks, threshold, extend, ownSeed);
    }

    /** The same, from the scores {@link LoadedScorer#scores} gave. */
    static List<Span> find(double[] scores, Content content, byte[] marks, double threshold, double extend, boolean ownSeed) {
        // below this score for both classes, loaded+label cannot reach the lower threshold: no exp needed
        double low = Math.min(extend, threshold);
        double floor = Math.log(low / (1 - low) / 2) - 1e-9;
        List<Span> out = new ArrayList<>();
        int first = -1;
        boolean seeded = false;
        double loaded = 0;
        double label = 0;
        int n = content.tokens().size();
        for (int i = 0; i <= n; i++) {
            double[] p = null;
            if (i < n && content.tokens().get(i).type() == Token.Type.WORD && marks[i] == LoadedFeatures.NONE
                    && Math.max(scores[4 * i], scores[4 * i + 1]) >= floor) {
                p = LoadedModel.probabilities(scores[4 * i], scores[4 * i + 1]);
                if (p[0] + p[1] < low) {
                    p = null;
                }
            }
            if (p == null) {
                if (first >= 0 && seeded) {
                    out.add(span(first, i, loaded, label));
                }
                first = -1;
                continue;
            }
            if (first < 0) {
                first = i;
                seeded = false;
                loaded = 0;
                label = 0;
            }
            // with ownSeed, only a word whose own features lean loaded or label starts a span: its
            // neighbours alone can extend one, never start one ("links the old town" is not loaded)
            seeded |= p[0] + p[1] >= threshold && (!ownSeed || Math.max(scores[4 * i + 2], scores[4 * i + 3]) > 0);
            loaded += p[0];
            label += p[1];
        }
        return out;
    }

    /** A positive weight with two decimals ("1.25"); String.format costs more than the rest of a finding. */
    static String twoDecimals(double v) {
        long hundredths = Math.round(v * 100);
        long frac = hundredths % 100;
        return (hundredths / 100) + (frac < 10 ? ".0" : ".") + frac;
    }

    private static Span span(int first, int end, double loaded, double label) {
        Category c = label > loaded ? Category.LABEL : Category.LOADED;
        return new Span(first, end, c, (loaded + label) / (end - first));
    }

    /**
     * The three features that weighed most towards the span's category at its strongest word (the word
     * that started it, or the first of equals), as {@code name +weight}, heaviest first (ties by name):
     * what a teacher reads to see why. One word keeps the cost at a dozen lookups per finding.
     */
    static List<String> reasons(LoadedModel model, double[] scores, Content content, byte[] marks, Span span) {
        LoadedFeatures f = new LoadedFeatures(content, marks);
        int c = span.category() == Category.LABEL ? 1 : 0;
        int strongest = span.firstToken();
        for (int i = span.firstToken(); i < span.endToken(); i++) {
            if (scores[4 * i + c] > scores[4 * strongest + c]) {
                strongest = i;
            }
        }
        List<Map.Entry<String, Double>> w = new ArrayList<>();
        model.weigh(f, strongest, c, (name, weight) -> w.add(Map.entry(name, weight)));
        return w.stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(3)
                .map(e -> e.getKey() + " +" + twoDecimals(e.getValue()))
                .toList();
    }
}
