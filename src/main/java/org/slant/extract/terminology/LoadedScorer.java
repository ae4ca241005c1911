package org.slant.extract.terminology;

import org.slant.model.Content;
import org.slant.text.Token;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scores every word of an article with a {@link LoadedModel} as {@link LoadedModel#scores} would, but
 * fast: everything that depends on one word form alone (its word, stem, prefix and suffix weights, and its
 * weights as a neighbour two or one to the left or right) is looked up once per form and kept, so a token
 * costs one table lookup and a few array reads: in a compact table of the forms the model knows
 * ({@link FormTable}, built once), else in a cache of the others. A test holds the two ways equal.
 * Thread-safe.
 */
public final class LoadedScorer {

    /** Word forms are few next to any text; the cap only guards memory against a pathological corpus. */
    private static final int CACHE_CAP = 500_000;
    private static final int SELF = 0;
    /** Where a row holds the form's weights as a neighbour: left2, then left1, right1, right2, two floats each. */
    static final int AS_LEFT2 = 2;
    private static final int AS_LEFT1 = 4;
    private static final int AS_RIGHT1 = 6;
    private static final int AS_RIGHT2 = 8;

    private final LoadedModel model;
    private final ConcurrentHashMap<String, float[]> forms = new ConcurrentHashMap<>();
    private final FormRows byForm = new FormRows();
    private final FormTable known;
    private final float[][] shapes;
    private final float[][] marks;
    private final float[] quoted;

    public LoadedScorer(LoadedModel model) {
        this.model = model;
        shapes = new float[LoadedFeatures.SHAPES.size()][];
        for (int k = 0; k < shapes.length; k++) {
            shapes[k] = weights(LoadedFeatures.Template.SHAPE, LoadedFeatures.SHAPES.get(k));
        }
        marks = new float[LoadedFeatures.MARK_KEYS.size()][];
        for (int k = 0; k < marks.length; k++) {
            marks[k] = weights(LoadedFeatures.Template.LEXICON, LoadedFeatures.MARK_KEYS.get(k));
        }
        quoted = weights(LoadedFeatures.Template.QUOTED, LoadedFeatures.QUOTED_KEY);
        known = known();
    }

    public LoadedModel model() {
        return model;
    }

    private static final float[] ZERO = new float[2];

    private float[] weights(LoadedFeatures.Template t, String key) {
        float[] w = model.features().get(t.ordinal()).get(key);
        return w == null ? ZERO : w;
    }

    /** The row of a token's form: by its id, else (first use, or a form without an id) by its string. */
    float[] form(Token t) {
        float[] f = byForm.get(t.form());
        if (f == null) {
            f = form(t.norm());
            byForm.put(t.form(), f);
        }
        return f;
    }

    /** A form's weights: as the word itself (word, stem, prefix, suffix), then as left2, left1, right1, right2. */
    float[] form(String norm) {
        float[] f = known.get(norm);
        if (f != null) {
            return f;
        }
        f = forms.get(norm);
        if (f != null) {
            return f;
        }
        f = compute(norm);
        if (forms.size() < CACHE_CAP) {
            forms.put(norm, f);
        }
        return f;
    }

    /**
     * The forms the model has a word or neighbour weight for, with their weights, in a compact table: most
     * tokens of any text are among them (the frequent words and punctuation); the rest are computed once
     * and kept in {@link #forms}.
     */
    private FormTable known() {
        java.util.TreeSet<String> keys = new java.util.TreeSet<>(List.of(LoadedFeatures.START, LoadedFeatures.END));
        for (LoadedFeatures.Template t : List.of(LoadedFeatures.Template.WORD, LoadedFeatures.Template.LEFT2,
                LoadedFeatures.Template.LEFT1, LoadedFeatures.Template.RIGHT1, LoadedFeatures.Template.RIGHT2)) {
            keys.addAll(model.features().get(t.ordinal()).keySet());
        }
        List<String> list = List.copyOf(keys);
        return new FormTable(list, list.stream().map(this::compute).toList());
    }

    private float[] compute(String norm) {
        float[] f = new float[10];
        add(f, SELF, weights(LoadedFeatures.Template.WORD, norm));
        add(f, SELF, weights(LoadedFeatures.Template.STEM, LoadedFeatures.stem(norm)));
        if (norm.length() >= 5) {
            add(f, SELF, weights(LoadedFeatures.Template.PREFIX, norm.substring(0, 3)));
            add(f, SELF, weights(LoadedFeatures.Template.SUFFIX, norm.substring(norm.length() - 3)));
        }
        String valence = Valence.of(norm);
        if (valence != null) {
            add(f, SELF, weights(LoadedFeatures.Template.VALENCE, valence));
        }
        add(f, AS_LEFT2, weights(LoadedFeatures.Template.LEFT2, norm));
        add(f, AS_LEFT1, weights(LoadedFeatures.Template.LEFT1, norm));
        add(f, AS_RIGHT1, weights(LoadedFeatures.Template.RIGHT1, norm));
        add(f, AS_RIGHT2, weights(LoadedFeatures.Template.RIGHT2, norm));
        return f;
    }

    private static void add(float[] f, int at, float[] w) {
        f[at] += w[0];
        f[at + 1] += w[1];
    }

    /** Whether the word's own features (word, stem, prefix, suffix) lean loaded or label, its neighbours aside. */
    public boolean leans(Token t) {
        float[] f = form(t);
        return Math.max(f[SELF], f[SELF + 1]) > 0;
    }

    /**
     * The scores {loaded, label} (log-odds against neither) of every token, {@code out[2i]} and
     * {@code out[2i+1]}; tokens the model does not classify get minus infinity (probability 0). Floats: the
     * weights are floats, summed in float as {@link LoadedModel#scores} sums them up to rounding.
     */
    public float[] scores(Content content, byte[] tokenMarks) {
        List<Token> tokens = content.tokens();
        int n = tokens.size();
        float[] out = new float[2 * n];
        String text = content.text();
        boolean anyQuote = !content.quotes().isEmpty();
        float bias0 = model.bias()[0];
        float bias1 = model.bias()[1];
        // a window of five looked-up forms slides along: one lookup per token, no per-article table
        float[] end = form(LoadedFeatures.END);
        float[] l2 = form(LoadedFeatures.START);
        float[] l1 = l2;
        float[] self = n > 0 ? form(tokens.get(0)) : end;
        float[] r1 = n > 1 ? form(tokens.get(1)) : end;
        for (int i = 0; i < n; i++) {
            float[] r2 = i + 2 < n ? form(tokens.get(i + 2)) : end;
            Token t = tokens.get(i);
            if (t.type() == Token.Type.WORD) {
                float[] sh = shapes[LoadedFeatures.shape(text, t)];
                float[] mk = marks[tokenMarks[i]];
                float s0 = bias0 + self[SELF] + l2[AS_LEFT2] + l1[AS_LEFT1] + r1[AS_RIGHT1] + r2[AS_RIGHT2] + sh[0] + mk[0];
                float s1 = bias1 + self[SELF + 1] + l2[AS_LEFT2 + 1] + l1[AS_LEFT1 + 1] + r1[AS_RIGHT1 + 1]
                        + r2[AS_RIGHT2 + 1] + sh[1] + mk[1];
                if (anyQuote && content.quoteAt(t.start(), t.end()) != null) {
                    s0 += quoted[0];
                    s1 += quoted[1];
                }
                out[2 * i] = s0;
                out[2 * i + 1] = s1;
            } else {
                out[2 * i] = Float.NEGATIVE_INFINITY;
                out[2 * i + 1] = Float.NEGATIVE_INFINITY;
            }
            l2 = l1;
            l1 = self;
            self = r1;
            r1 = r2;
        }
        return out;
    }
}
