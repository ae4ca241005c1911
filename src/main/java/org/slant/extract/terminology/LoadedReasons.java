package org.slant.extract.terminology;

import org.slant.model.Content;
import org.slant.text.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Why the model found a span: the three features that weighed most towards the span's category at its
 * strongest word (the word that started it, or the first of equals), as {@code name +weight}, heaviest
 * first (ties by name), what a teacher reads. The same as enumerating the word's features with
 * {@link LoadedModel#weigh} (a test holds the two equal), but from rows kept per form: the word's own
 * features (word, stem, prefix, suffix, valence) one by one, and its neighbours' weights from the rows
 * {@link LoadedScorer} scored them with, so a finding costs no hash lookups in the model's large maps
 * (those were a tenth of the model's time on real text). Only the three kept are named. Thread-safe.
 */
final class LoadedReasons {

    private static final LoadedFeatures.Template[] OWN = {LoadedFeatures.Template.WORD, LoadedFeatures.Template.STEM,
            LoadedFeatures.Template.PREFIX, LoadedFeatures.Template.SUFFIX, LoadedFeatures.Template.VALENCE};
    private static final LoadedFeatures.Template[] AROUND = {LoadedFeatures.Template.LEFT2, LoadedFeatures.Template.LEFT1,
            LoadedFeatures.Template.RIGHT1, LoadedFeatures.Template.RIGHT2};

    private final LoadedScorer scorer;
    private final LoadedModel model;
    /** Per form, its own features that the model has. */
    private final FormRows<Own> own = new FormRows<>();
    /** Those of the side key (racy but harmless: any thread makes the same). */
    private volatile Own side;

    /**
     * A word's own features (word, stem, prefix, suffix, valence) that the model has: their names
     * ({@code stem=thug}) and weights, {@code weights[2k + c]} for class c (0 loaded, 1 label); and the
     * names of its features as a neighbour ({@code left1=thug}, in the order of {@link #AROUND}), made
     * once per form, since finding its side key takes a stem look-up.
     */
    private record Own(String[] names, float[] weights, String[] around) {
    }

    private static final String[] SHAPE_NAMES = names(LoadedFeatures.Template.SHAPE, LoadedFeatures.SHAPES);
    private static final String[] MARK_NAMES = names(LoadedFeatures.Template.LEXICON, LoadedFeatures.MARK_KEYS);
    private static final String QUOTED_NAME = LoadedFeatures.Template.QUOTED.id() + "=" + LoadedFeatures.QUOTED_KEY;

    private static String[] names(LoadedFeatures.Template t, List<String> keys) {
        return keys.stream().map(k -> t.id() + "=" + k).toArray(String[]::new);
    }

    LoadedReasons(LoadedScorer scorer) {
        this.scorer = scorer;
        this.model = scorer.model();
    }

    /** The reasons of a span, as the finding shows them: {@code name +weight}, heaviest first, joined by "; ". */
    String of(float[] scores, Content content, byte[] marks, LoadedSpans.Span span) {
        int c = span.category() == Category.LABEL ? 1 : 0;
        int i = span.firstToken();
        for (int k = span.firstToken(); k < span.endToken(); k++) {
            if (scores[2 * k + c] > scores[2 * i + c]) {
                i = k;
            }
        }
        List<Token> tokens = content.tokens();
        Token t = tokens.get(i);
        Top3 top = new Top3();
        Own o = scorer.wing(tokens, i) ? side() : own(t);
        for (int k = 0; k < o.names().length; k++) {
            top.accept(o.names()[k], o.weights()[2 * k + c]);
        }
        int shape = LoadedFeatures.shape(content.text(), t);
        // (a feature the model lacks weighs 0 here, and the three kept are positive)
        top.accept(SHAPE_NAMES[shape], scorer.shapeWeights(shape)[c]);
        top.accept(MARK_NAMES[marks[i]], scorer.markWeights(marks[i])[c]);
        if (content.quoteAt(t.start(), t.end()) != null) {
            top.accept(QUOTED_NAME, scorer.quotedWeights()[c]);
        }
        int[] at = {i - 2, i - 1, i + 1, i + 2};
        for (int k = 0; k < AROUND.length; k++) {
            int j = at[k];
            boolean inside = j >= 0 && j < tokens.size();
            int slot = LoadedScorer.AS_LEFT2 + 2 * k + c;
            float weight = inside ? scorer.weight(tokens, j, slot)
                    : scorer.form(j < 0 ? LoadedFeatures.START : LoadedFeatures.END)[slot];
            if (top.takes(weight)) {
                // the name only for a weight among the three kept
                top.accept(inside ? (scorer.wing(tokens, j) ? side() : own(tokens.get(j))).around()[k]
                        : (j < 0 ? START_AROUND : END_AROUND)[k], weight);
            }
        }
        return text(top);
    }

    /**
     * The finding's text: "name +1.25; name +0.50", written into one array of its exact length (a
     * StringBuilder's appends were about a quarter of this class's time under C1, issue 17).
     */
    private static String text(Top3 top) {
        long[] hundredths = new long[top.size];
        int length = 0;
        for (int k = 0; k < top.size; k++) {
            hundredths[k] = Math.round(top.weights[k] * 100);
            // "; " between, " +", the whole part, the point and two decimals
            length += (k > 0 ? 2 : 0) + top.names[k].length() + 2 + digits(hundredths[k] / 100) + 3;
        }
        char[] out = new char[length];
        int at = 0;
        for (int k = 0; k < top.size; k++) {
            if (k > 0) {
                out[at++] = ';';
                out[at++] = ' ';
            }
            String name = top.names[k];
            name.getChars(0, name.length(), out, at);
            at += name.length();
            out[at++] = ' ';
            out[at++] = '+';
            long whole = hundredths[k] / 100;
            int d = digits(whole);
            for (int p = at + d - 1; p >= at; p--) {
                out[p] = (char) ('0' + whole % 10);
                whole /= 10;
            }
            at += d;
            long frac = hundredths[k] % 100;
            out[at++] = '.';
            out[at++] = (char) ('0' + frac / 10);
            out[at++] = (char) ('0' + frac % 10);
        }
        return new String(out);
    }

    /** The decimal digits of a non-negative number. */
    private static int digits(long v) {
        int d = 1;
        while (v >= 10) {
            v /= 10;
            d++;
        }
        return d;
    }

    /** The own features of {@link SideWords#WING}, which "right" and "left" have in "far-right" and "left-wing". */
    private Own side() {
        Own o = side;
        if (o == null) {
            o = own(SideWords.WING);
            side = o;
        }
        return o;
    }

    private Own own(Token t) {
        Own o = own.get(t.form());
        if (o == null) {
            o = own(t.norm());
            own.put(t.form(), o);
        }
        return o;
    }

    private Own own(String norm) {
        List<String> names = new ArrayList<>();
        List<float[]> weights = new ArrayList<>();
        for (LoadedFeatures.Template template : OWN) {
            String key = ownKey(template, norm);
            float[] f = key == null ? null : model.features().get(template.ordinal()).get(key);
            if (f != null) {
                names.add(template.id() + "=" + key);
                weights.add(f);
            }
        }
        float[] w = new float[2 * weights.size()];
        for (int k = 0; k < weights.size(); k++) {
            w[2 * k] = weights.get(k)[0];
            w[2 * k + 1] = weights.get(k)[1];
        }
        String side = SideWords.sideKey(norm);
        return new Own(names.toArray(String[]::new), w, around(side == null ? norm : side));
    }

    private static final String[] START_AROUND = around(LoadedFeatures.START);
    private static final String[] END_AROUND = around(LoadedFeatures.END);

    /** The names of the features of a neighbour with this key, in the order of {@link #AROUND}. */
    private static String[] around(String key) {
        String[] out = new String[AROUND.length];
        for (int k = 0; k < AROUND.length; k++) {
            out[k] = AROUND[k].id() + "=" + key;
        }
        return out;
    }

    /** The key of one of a word's own features, as {@link LoadedFeatures#features} makes it; null when it has none. */
    private static String ownKey(LoadedFeatures.Template template, String norm) {
        String side = SideWords.sideKey(norm);
        if (side != null) {
            // a side word: only its word and stem, both its side key
            return template == LoadedFeatures.Template.WORD || template == LoadedFeatures.Template.STEM ? side : null;
        }
        return switch (template) {
            case WORD -> norm;
            case STEM -> LoadedFeatures.stem(norm);
            case PREFIX -> norm.length() >= 5 ? norm.substring(0, 3) : null;
            case SUFFIX -> norm.length() >= 5 ? norm.substring(norm.length() - 3) : null;
            case VALENCE -> Valence.of(norm);
            default -> throw new IllegalArgumentException(template.id());
        };
    }

    /** The three heaviest positive features seen, heaviest first, ties by name. */
    private final class Top3 {
        final String[] names = new String[3];
        final double[] weights = new double[3];
        int size;

        /** Whether a feature of this weight may be among the three (ties go by name, so they may). */
        boolean takes(double weight) {
            return weight > 0 && (size < 3 || weight >= weights[2]);
        }

        void accept(String name, double weight) {
            if (weight <= 0) {
                return;
            }
            int at = size;
            while (at > 0 && (weight > weights[at - 1] || weight == weights[at - 1] && name.compareTo(names[at - 1]) < 0)) {
                at--;
            }
            if (at >= 3) {
                return;
            }
            for (int k = Math.min(size, 2); k > at; k--) {
                names[k] = names[k - 1];
                weights[k] = weights[k - 1];
            }
            names[at] = name;
            weights[at] = weight;
            size = Math.min(3, size + 1);
        }
    }
}
