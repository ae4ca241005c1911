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
    /** Per form, the weights {loaded, label} of its own features in the order of {@link #OWN}; 0 when absent. */
    private final FormRows own = new FormRows();

    LoadedReasons(LoadedScorer scorer) {
        this.scorer = scorer;
        this.model = scorer.model();
    }

    List<String> of(float[] scores, Content content, byte[] marks, LoadedSpans.Span span) {
        int c = span.category() == Category.LABEL ? 1 : 0;
        int i = span.firstToken();
        for (int k = span.firstToken(); k < span.endToken(); k++) {
            if (scores[2 * k + c] > scores[2 * i + c]) {
                i = k;
            }
        }
        List<Token> tokens = content.tokens();
        Token t = tokens.get(i);
        String norm = t.norm();
        Top3 top = new Top3();
        float[] w = ownWeights(t);
        for (int k = 0; k < OWN.length; k++) {
            if (w[2 * k + c] > 0) {
                top.accept(OWN[k], ownKey(OWN[k], norm), w[2 * k + c]);
            }
        }
        top.accept(LoadedFeatures.Template.SHAPE, LoadedFeatures.SHAPES.get(LoadedFeatures.shape(content.text(), t)), c);
        top.accept(LoadedFeatures.Template.LEXICON, LoadedFeatures.MARK_KEYS.get(marks[i]), c);
        if (content.quoteAt(t.start(), t.end()) != null) {
            top.accept(LoadedFeatures.Template.QUOTED, LoadedFeatures.QUOTED_KEY, c);
        }
        int[] at = {i - 2, i - 1, i + 1, i + 2};
        for (int k = 0; k < AROUND.length; k++) {
            int j = at[k];
            boolean inside = j >= 0 && j < tokens.size();
            String key = inside ? tokens.get(j).norm() : j < 0 ? LoadedFeatures.START : LoadedFeatures.END;
            float[] row = inside ? scorer.form(tokens.get(j)) : scorer.form(key);
            float weight = row[LoadedScorer.AS_LEFT2 + 2 * k + c];
            if (weight > 0) {
                top.accept(AROUND[k], key, weight);
            }
        }
        List<String> out = new ArrayList<>(3);
        for (int k = 0; k < top.size; k++) {
            out.add(top.name(k) + " +" + LoadedSpans.twoDecimals(top.weights[k]));
        }
        return out;
    }

    private float[] ownWeights(Token t) {
        float[] w = own.get(t.form());
        if (w == null) {
            w = new float[2 * OWN.length];
            for (int k = 0; k < OWN.length; k++) {
                String key = ownKey(OWN[k], t.norm());
                float[] f = key == null ? null : model.features().get(OWN[k].ordinal()).get(key);
                if (f != null) {
                    w[2 * k] = f[0];
                    w[2 * k + 1] = f[1];
                }
            }
            own.put(t.form(), w);
        }
        return w;
    }

    /** The key of one of a word's own features, as {@link LoadedFeatures#features} makes it; null when it has none. */
    private static String ownKey(LoadedFeatures.Template template, String norm) {
        return switch (template) {
            case WORD -> norm;
            case STEM -> LoadedFeatures.stem(norm);
            case PREFIX -> norm.length() >= 5 ? norm.substring(0, 3) : null;
            case SUFFIX -> norm.length() >= 5 ? norm.substring(norm.length() - 3) : null;
            case VALENCE -> Valence.of(norm);
            default -> throw new IllegalArgumentException(template.id());
        };
    }

    /** The three heaviest positive features seen, heaviest first, ties by name (named only on a tie). */
    private final class Top3 {
        final LoadedFeatures.Template[] templates = new LoadedFeatures.Template[3];
        final String[] keys = new String[3];
        final double[] weights = new double[3];
        int size;

        /** A feature of a small template, its weight looked up. */
        void accept(LoadedFeatures.Template t, String key, int c) {
            float[] w = model.features().get(t.ordinal()).get(key);
            if (w != null) {
                accept(t, key, w[c]);
            }
        }

        void accept(LoadedFeatures.Template t, String key, double weight) {
            if (weight <= 0) {
                return;
            }
            int at = size;
            while (at > 0 && before(t, key, weight, at - 1)) {
                at--;
            }
            if (at >= 3) {
                return;
            }
            for (int k = Math.min(size, 2); k > at; k--) {
                templates[k] = templates[k - 1];
                keys[k] = keys[k - 1];
                weights[k] = weights[k - 1];
            }
            templates[at] = t;
            keys[at] = key;
            weights[at] = weight;
            size = Math.min(3, size + 1);
        }

        private boolean before(LoadedFeatures.Template t, String key, double weight, int k) {
            return weight > weights[k] || weight == weights[k] && (t.id() + "=" + key).compareTo(name(k)) < 0;
        }

        String name(int k) {
            return templates[k].id() + "=" + keys[k];
        }
    }
}
