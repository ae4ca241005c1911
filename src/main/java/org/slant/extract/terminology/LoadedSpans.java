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
        return find(scorer.scores(content, marks), ownSeed ? scorer : null, content, marks, threshold, extend);
    }

    /**
     * The same, from the scores {@link LoadedScorer#scores} gave; with {@code ownSeed}, the scorer that says
     * which words lean loaded or label on their own (null: any word may start a span).
     */
    static List<Span> find(float[] scores, LoadedScorer ownSeed, Content content, byte[] marks, double threshold,
                                  double extend) {
        // Compared in odds, not probabilities: loaded+label reaches p when e^s0 + e^s1 reaches p/(1-p), which
        // the larger score alone decides unless it lies within log 2 below log(p/(1-p)); only there is exp
        // needed. The probabilities themselves are computed for the few spans found.
        double lowOdds = Math.log(Math.min(extend, threshold) / (1 - Math.min(extend, threshold)));
        double seedOdds = Math.log(threshold / (1 - threshold));
        List<Span> out = new ArrayList<>();
        List<Token> tokens = content.tokens();
        int first = -1;
        boolean seeded = false;
        int n = tokens.size();
        for (int i = 0; i <= n; i++) {
            // (a token the model does not classify scores minus infinity: never likely)
            boolean likely = i < n && marks[i] == LoadedFeatures.NONE && reaches(scores[2 * i], scores[2 * i + 1], lowOdds);
            if (!likely) {
                if (first >= 0 && seeded) {
                    out.add(span(scores, first, i));
                }
                first = -1;
                continue;
            }
            if (first < 0) {
                first = i;
                seeded = false;
            }
            // with ownSeed, only a word whose own features lean loaded or label starts a span: its
            // neighbours alone can extend one, never start one ("links the old town" is not loaded)
            seeded = seeded || reaches(scores[2 * i], scores[2 * i + 1], seedOdds)
                    && (ownSeed == null || ownSeed.leans(tokens.get(i).norm()));
        }
        return out;
    }

    /** Whether e^s0 + e^s1 reaches e^logOdds (loaded+label probability reaches the threshold it stands for). */
    static boolean reaches(double s0, double s1, double logOdds) {
        double max = Math.max(s0, s1);
        if (max >= logOdds) {
            return true;
        }
        if (max < logOdds - LN2) {
            return false;
        }
        return Math.exp(s0 - logOdds) + Math.exp(s1 - logOdds) >= 1;
    }

    private static final double LN2 = Math.log(2);

    /** A positive weight with two decimals ("1.25"); String.format costs more than the rest of a finding. */
    static String twoDecimals(double v) {
        long hundredths = Math.round(v * 100);
        long frac = hundredths % 100;
        return (hundredths / 100) + (frac < 10 ? ".0" : ".") + frac;
    }

    private static Span span(float[] scores, int first, int end) {
        double loaded = 0;
        double label = 0;
        // a span runs to the clause's punctuation, so this sums over every word of it: no array per word
        for (int i = first; i < end; i++) {
            double s0 = scores[2 * i];
            double s1 = scores[2 * i + 1];
            double max = Math.max(0, Math.max(s0, s1));
            double e0 = Math.exp(s0 - max);
            double e1 = Math.exp(s1 - max);
            double z = e0 + e1 + Math.exp(-max);
            loaded += e0 / z;
            label += e1 / z;
        }
        Category c = label > loaded ? Category.LABEL : Category.LOADED;
        return new Span(first, end, c, (loaded + label) / (end - first));
    }

    /**
     * The three features that weighed most towards the span's category at its strongest word (the word
     * that started it, or the first of equals), as {@code name +weight}, heaviest first (ties by name):
     * what a teacher reads to see why. One word keeps the cost at a dozen lookups per finding.
     */
    static List<String> reasons(LoadedModel model, float[] scores, Content content, byte[] marks, Span span) {
        LoadedFeatures f = new LoadedFeatures(content, marks);
        int c = span.category() == Category.LABEL ? 1 : 0;
        int strongest = span.firstToken();
        for (int i = span.firstToken(); i < span.endToken(); i++) {
            if (scores[2 * i + c] > scores[2 * strongest + c]) {
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
