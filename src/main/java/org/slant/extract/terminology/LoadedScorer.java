package org.slant.extract.terminology;

import org.slant.model.Content;
import org.slant.text.Token;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scores every word of an article with a {@link LoadedModel} as {@link LoadedModel#scores} would, but
 * fast: everything that depends on one word form alone (its word, stem, prefix and suffix weights, and its
 * weights as a neighbour two or one to the left or right) is looked up once per form and kept, so a token
 * costs one table lookup and a few array reads. A test holds the two ways equal. Thread-safe.
 */
public final class LoadedScorer {

    /** Word forms are few next to any text; the cap only guards memory against a pathological corpus. */
    private static final int CACHE_CAP = 500_000;
    private static final int SELF = 0;
    private static final int AS_LEFT2 = 2;
    private static final int AS_LEFT1 = 4;
    private static final int AS_RIGHT1 = 6;
    private static final int AS_RIGHT2 = 8;

    private final LoadedModel model;
    private final ConcurrentHashMap<String, float[]> forms = new ConcurrentHashMap<>();
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
    }

    public LoadedModel model() {
        return model;
    }

    private static final float[] ZERO = new float[2];

    private float[] weights(LoadedFeatures.Template t, String key) {
        float[] w = model.features().get(t.ordinal()).get(key);
        return w == null ? ZERO : w;
    }

    /** A form's weights: as the word itself (word, stem, prefix, suffix), then as left2, left1, right1, right2. */
    private float[] form(String norm) {
        float[] f = forms.get(norm);
        if (f != null) {
            return f;
        }
        f = new float[10];
        add(f, SELF, weights(LoadedFeatures.Template.WORD, norm));
        add(f, SELF, weights(LoadedFeatures.Template.STEM, LoadedFeatures.stem(norm)));
        if (norm.length() >= 5) {
            add(f, SELF, weights(LoadedFeatures.Template.PREFIX, norm.substring(0, 3)));
            add(f, SELF, weights(LoadedFeatures.Template.SUFFIX, norm.substring(norm.length() - 3)));
        }
        add(f, AS_LEFT2, weights(LoadedFeatures.Template.LEFT2, norm));
        add(f, AS_LEFT1, weights(LoadedFeatures.Template.LEFT1, norm));
        add(f, AS_RIGHT1, weights(LoadedFeatures.Template.RIGHT1, norm));
        add(f, AS_RIGHT2, weights(LoadedFeatures.Template.RIGHT2, norm));
        if (forms.size() < CACHE_CAP) {
            forms.put(norm, f);
        }
        return f;
    }

    private static void add(float[] f, int at, float[] w) {
        f[at] += w[0];
        f[at + 1] += w[1];
    }

    /**
     * The scores {loaded, label} (log-odds against neither) of every token, {@code out[4i]} and
     * {@code out[4i+1]}, then the part of them the word's own features give (word, stem, prefix, suffix),
     * {@code out[4i+2]} and {@code out[4i+3]}; tokens the model does not classify are left at 0.
     */
    public double[] scores(Content content, byte[] tokenMarks) {
        List<Token> tokens = content.tokens();
        int n = tokens.size();
        float[][] f = new float[n + 4][];
        f[0] = f[1] = form(LoadedFeatures.START);
        f[n + 2] = f[n + 3] = form(LoadedFeatures.END);
        for (int i = 0; i < n; i++) {
            f[i + 2] = form(tokens.get(i).norm());
        }
        double[] out = new double[4 * n];
        String text = content.text();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (t.type() != Token.Type.WORD) {
                continue;
            }
            int j = i + 2;
            for (int c = 0; c < 2; c++) {
                double s = model.bias()[c] + f[j][SELF + c] + f[j - 2][AS_LEFT2 + c] + f[j - 1][AS_LEFT1 + c]
                        + f[j + 1][AS_RIGHT1 + c] + f[j + 2][AS_RIGHT2 + c]
                        + shapes[LoadedFeatures.shape(text, t)][c] + marks[tokenMarks[i]][c];
                out[4 * i + c] = s;
                out[4 * i + 2 + c] = f[j][SELF + c];
            }
            if (content.quoteAt(t.start(), t.end()) != null) {
                out[4 * i] += quoted[0];
                out[4 * i + 1] += quoted[1];
            }
        }
        return out;
    }
}
