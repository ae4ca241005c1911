package org.slant.extract.terminology;

import org.slant.text.Token;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything the loaded-language model weighs on one word form alone, summed once per form into a row of
 * {@value FlatRows#STRIDE} floats: the form's word, stem, prefix, suffix and valence weights (two floats,
 * loaded and label), then its weights as a neighbour two and one to the left, one and two to the right.
 * Rows are made when a form is first met (not for every form the model knows, up front: that took a
 * tenth of a second of every run's start under C1) and kept by form id ({@link FlatRows}), so a token's
 * row is an array read; forms without an id keep theirs in a cache by string. A form
 * that names a side ({@link SideWords}) has the row of its side key, as {@link LoadedFeatures}
 * gives it. Thread-safe.
 */
final class FormWeights {

    /** Word forms are few next to any text; the cap only guards memory against a pathological corpus. */
    private static final int CACHE_CAP = 500_000;
    static final int SELF = 0;
    static final int AS_LEFT2 = 2;
    static final int AS_LEFT1 = 4;
    static final int AS_RIGHT1 = 6;
    static final int AS_RIGHT2 = 8;
    private static final float[] ZERO = new float[2];

    private final LoadedModel model;
    private final ConcurrentHashMap<String, float[]> forms = new ConcurrentHashMap<>();
    private final FlatRows byForm = new FlatRows();
    /** A form's row by its id, made once here rather than a lambda per article (it is asked for each one). */
    private final java.util.function.IntFunction<float[]> byId = id -> compute(org.slant.text.Forms.form(id));

    FormWeights(LoadedModel model) {
        this.model = model;
    }

    float[] weights(LoadedFeatures.Template t, String key) {
        float[] w = model.features().get(t.ordinal()).get(key);
        return w == null ? ZERO : w;
    }

    /** The current array of rows by form id (see {@link FlatRows#array()}). */
    float[] array() {
        return byForm.array();
    }

    /**
     * The array of rows with the row of every form id below {@code ids} filled ({@link FlatRows#filledBelow}):
     * a token whose id is below it reads its row at {@code id * STRIDE} with no check.
     */
    float[] filledBelow(int ids) {
        return byForm.filledBelow(ids, byId);
    }

    /** The offset of a token's row in {@link #array()} (filled now if it was not), or -1 for a form without an id. */
    int offset(Token t) {
        return offset(t.form(), t.norm());
    }

    int offset(int id, String norm) {
        if (id < 0) {
            return -1;
        }
        if (byForm.isFilledBelow(id)) {
            return id * FlatRows.STRIDE;   // no acquire read of the row's first float needed
        }
        int at = FlatRows.offset(byForm.array(), id);
        return at >= 0 ? at : byForm.fill(id, compute(norm));
    }

    /** A form's row by its string (forms without an id, and the start and end keys): cached, or computed now. */
    float[] form(String norm) {
        float[] f = forms.get(norm);
        if (f != null) {
            return f;
        }
        f = compute(norm);
        if (forms.size() < CACHE_CAP) {
            forms.put(norm, f);
        }
        return f;
    }

    private float[] compute(String norm) {
        float[] f = new float[FlatRows.STRIDE];
        String side = SideWords.sideKey(norm);
        boolean sided = side != null;
        String key = sided ? side : norm;
        add(f, SELF, weights(LoadedFeatures.Template.WORD, key));
        if (sided) {
            add(f, SELF, weights(LoadedFeatures.Template.STEM, key));
        } else {
            add(f, SELF, weights(LoadedFeatures.Template.STEM, LoadedFeatures.stem(norm)));
            if (norm.length() >= 5) {
                add(f, SELF, weights(LoadedFeatures.Template.PREFIX, norm.substring(0, 3)));
                add(f, SELF, weights(LoadedFeatures.Template.SUFFIX, norm.substring(norm.length() - 3)));
            }
            String valence = Valence.of(norm);
            if (valence != null) {
                add(f, SELF, weights(LoadedFeatures.Template.VALENCE, valence));
            }
        }
        add(f, AS_LEFT2, weights(LoadedFeatures.Template.LEFT2, key));
        add(f, AS_LEFT1, weights(LoadedFeatures.Template.LEFT1, key));
        add(f, AS_RIGHT1, weights(LoadedFeatures.Template.RIGHT1, key));
        add(f, AS_RIGHT2, weights(LoadedFeatures.Template.RIGHT2, key));
        return f;
    }

    private static void add(float[] f, int at, float[] w) {
        f[at] += w[0];
        f[at + 1] += w[1];
    }
}
