package org.slant.extract.terminology;

import org.slant.model.Content;
import org.slant.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns the model's token probabilities into spans: word tokens whose loaded+label probability reaches
 * the threshold, and that no loaded or label lexicon finding covers (the lexicon's finding, with its entry
 * id, stands there), join with the likely words right next to them (no punctuation between) into one span.
 * A word another layer marked (a hedge, an intensifier, a contested name) may be part of a span, though
 * never its only likely word: "utterly disgraceful" is loaded language as a whole (on the tune split, letting the model cover those words raised
 * span F1 by about 0.01). A span does not begin or end on a function word that is not itself likely enough
 * to start a span: "was pernicious" and "deals with a" become "pernicious" and "deals" (annotators mark the
 * loaded words, not the grammar around them). The span is a label when its summed label probability beats
 * its loaded probability, else loaded.
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
        int n = tokens.size();
        // Seeds first, then the run of likely words around each: a span is a run holding a seed, and seeds
        // are rare, while most words lie near the low extend odds, where deciding takes an exp (issue 17:
        // testing every word against them was most of this method's time).
        // A word whose two scores both lie below this (a float at or below seedOdds - log 2) cannot be a seed,
        // which is most words: they are turned away with two float comparisons (issue 17)
        float seedFloor = Math.nextDown((float) (seedOdds - LN2));
        for (int i = 0; i < n; i++) {
            if (scores[2 * i] < seedFloor && scores[2 * i + 1] < seedFloor) {
                continue;
            }
            // with ownSeed, only a word whose own features lean loaded or label starts a span: its
            // neighbours alone can extend one, never start one ("links the old town" is not loaded)
            // a word another layer marked joins a span but never starts one: the model adds phrases, it does
            // not repeat the intensifier finding on "absolutely" as a loaded one
            if (marks[i] != LoadedFeatures.NONE || !reaches(scores[2 * i], scores[2 * i + 1], seedOdds)
                    || ownSeed != null && !ownSeed.leans(tokens, i)) {
                continue;
            }
            // (a seed is likely, and the run before it ended at a word that is not, so this stops there)
            int from = i;
            while (from > 0 && likely(scores, marks, from - 1, lowOdds)) {
                from--;
            }
            int to = i + 1;
            while (to < n && likely(scores, marks, to, lowOdds)) {
                to++;
            }
            int runEnd = to;
            // the seed reaches seedOdds, so trimming never empties the span
            while (edge(tokens.get(from), scores, from, seedOdds)) {
                from++;
            }
            while (edge(tokens.get(to - 1), scores, to - 1, seedOdds)) {
                to--;
            }
            out.add(span(scores, from, to));
            i = runEnd;   // not likely, so no seed
        }
        return out;
    }

    /**
     * Whether word i may be part of a span: not already a loaded or label lexicon finding, and likely
     * enough (a token the model does not classify scores minus infinity: never likely).
     */
    private static boolean likely(float[] scores, byte[] marks, int i, double lowOdds) {
        return (marks[i] == LoadedFeatures.NONE || marks[i] == LoadedFeatures.OTHER)
                && reaches(scores[2 * i], scores[2 * i + 1], lowOdds);
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

    /**
     * Closed-class English words (articles, prepositions, conjunctions, pronouns, auxiliaries): general
     * grammar, not chosen from any corpus; a span is trimmed of them at its ends.
     */
    static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "to", "in", "on", "at", "for", "with",
            "by", "from", "and", "or", "but", "that", "which", "who", "is", "was", "are", "were", "be", "been", "being",
            "has", "have", "had", "it", "its", "this", "these", "those", "as", "than", "their", "his", "her", "they",
            "he", "she", "we", "i", "you", "our", "my", "your", "'s", "not", "will", "would", "can", "could", "should",
            "may", "might", "do", "does", "did", "so", "if", "when", "what", "there", "about", "into", "over",
            "after", "before", "more", "most", "very", "just", "all", "also", "even", "such", "some", "any", "no");

    /** Whether token i is a function word not likely enough to start a span: trimmed from a span's ends. */
    private static boolean edge(Token t, float[] scores, int i, double seedOdds) {
        return FUNCTION_WORDS.contains(t.norm()) && !reaches(scores[2 * i], scores[2 * i + 1], seedOdds);
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
}
