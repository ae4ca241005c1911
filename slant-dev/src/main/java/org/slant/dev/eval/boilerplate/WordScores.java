package org.slant.dev.eval.boilerplate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores of an extracted text against a gold text, as WCXB scores them: bag-of-words precision, recall and F1 on
 * lower-cased {@code \w+} tokens (Unicode letters, digits and underscore; a word counts as often as it occurs),
 * and case-insensitive substring checks of snippets (whitespace runs count as one space on both sides).
 */
public final class WordScores {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    /** Precision, recall and F1 of one text. */
    public record Prf(double precision, double recall, double f1) {
        public static Prf of(long overlap, long predicted, long gold) {
            double p = predicted == 0 ? (gold == 0 ? 1 : 0) : (double) overlap / predicted;
            double r = gold == 0 ? (predicted == 0 ? 1 : 0) : (double) overlap / gold;
            return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    private WordScores() {
    }

    public static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            bag.merge(m.group(), 1, Integer::sum);
        }
        return bag;
    }

    public static long size(Map<String, Integer> bag) {
        long n = 0;
        for (int c : bag.values()) {
            n += c;
        }
        return n;
    }

    public static long overlap(Map<String, Integer> a, Map<String, Integer> b) {
        long n = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            Integer o = b.get(e.getKey());
            if (o != null) {
                n += Math.min(e.getValue(), o);
            }
        }
        return n;
    }

    public static Prf prf(String predicted, String gold) {
        Map<String, Integer> p = bag(predicted);
        Map<String, Integer> g = bag(gold);
        return Prf.of(overlap(p, g), size(p), size(g));
    }

    /** Lower case with whitespace runs as one space: the form snippets are looked for in. */
    public static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** How many of the snippets occur in the (squashed) text. */
    public static int found(String squashedText, List<String> snippets) {
        int n = 0;
        for (String s : snippets) {
            String q = squash(s);
            if (!q.isEmpty() && squashedText.contains(q)) {
                n++;
            }
        }
        return n;
    }
}
