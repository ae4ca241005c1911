package org.slant.extract.terminology;

import org.slant.model.Content;
import org.slant.text.Quote;
import org.slant.text.Token;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scores every word of an article with a {@link LoadedModel} as {@link LoadedModel#scores} would, but
 * fast: everything that depends on one word form alone (its word, stem, prefix and suffix weights, and its
 * weights as a neighbour two or one to the left or right) is summed once per form into a row of ten
 * floats: from a compact table of the forms the model knows ({@link FormTable}, built once), else from a
 * cache of the others. Rows are kept by the form id each token carries ({@link FlatRows}), so a token costs
 * an array read, not a hash lookup. Tests hold the two ways equal.
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
    private final FlatRows byForm = new FlatRows();
    /** Ids for the rows before the first token and after the last: no token has these forms. */
    private final int startId = org.slant.text.Forms.of(LoadedFeatures.START);
    private final int endId = org.slant.text.Forms.of(LoadedFeatures.END);
    private final FormTable known;
    private final float[][] shapes;
    private final float[][] marks;
    private final float[] quoted;

    public LoadedScorer(LoadedModel model) {
        this.model = model;
        // from now on tokens carry their forms' ids, which the rows are kept by
        org.slant.text.Forms.use();
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

    /** One float of the row of a token's form: by its id, else (a form without an id) by its string. */
    float weight(Token t, int slot) {
        if (t.form() < 0) {
            return form(t.norm())[slot];
        }
        float[] a = byForm.array();
        int at = FlatRows.offset(a, t.form());
        if (at < 0) {
            at = byForm.fill(t.form(), form(t.norm()));
            a = byForm.array();
        }
        return a[at + slot];
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

    /** The quotations in order of their start (as {@link org.slant.text.QuoteFinder} gives them, else sorted). */
    private static List<Quote> byStart(List<Quote> quotes) {
        for (int k = 1; k < quotes.size(); k++) {
            if (quotes.get(k).start() < quotes.get(k - 1).start()) {
                List<Quote> sorted = new java.util.ArrayList<>(quotes);
                sorted.sort(java.util.Comparator.comparingInt(Quote::start));
                return sorted;
            }
        }
        return quotes;
    }

    /** Whether the word's own features (word, stem, prefix, suffix) lean loaded or label, its neighbours aside. */
    public boolean leans(Token t) {
        return Math.max(weight(t, SELF), weight(t, SELF + 1)) > 0;
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
        // quotations by start: a token before the end of every quotation that starts before it is in none,
        // and needs no look-up in the quote index (most tokens are outside quotations)
        List<Quote> quotes = byStart(content.quotes());
        int nextQuote = 0;
        int quotedUntil = -1;
        float bias0 = model.bias()[0];
        float bias1 = model.bias()[1];
        // each token's row, as an offset into one array a; then a window of five offsets slides along
        int[] at = new int[n + 2];
        float[] a = rows(tokens, at);
        int l2 = at[n];   // the <start> row, before the first token
        int l1 = l2;
        int end = at[n + 1];
        int self = n > 0 ? at[0] : end;
        int r1 = n > 1 ? at[1] : end;
        for (int i = 0; i < n; i++) {
            int r2 = i + 2 < n ? at[i + 2] : end;
            Token t = tokens.get(i);
            if (t.type() == Token.Type.WORD) {
                float[] sh = shapes[LoadedFeatures.shape(text, t)];
                float[] mk = marks[tokenMarks[i]];
                float s0 = bias0 + a[self + SELF] + a[l2 + AS_LEFT2] + a[l1 + AS_LEFT1] + a[r1 + AS_RIGHT1]
                        + a[r2 + AS_RIGHT2] + sh[0] + mk[0];
                float s1 = bias1 + a[self + SELF + 1] + a[l2 + AS_LEFT2 + 1] + a[l1 + AS_LEFT1 + 1]
                        + a[r1 + AS_RIGHT1 + 1] + a[r2 + AS_RIGHT2 + 1] + sh[1] + mk[1];
                while (nextQuote < quotes.size() && quotes.get(nextQuote).start() <= t.start()) {
                    quotedUntil = Math.max(quotedUntil, quotes.get(nextQuote++).end());
                }
                if (t.start() < quotedUntil && content.quoteAt(t.start(), t.end()) != null) {
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

    /**
     * Puts in {@code at[i]} the offset of token i's row, in {@code at[n]} that of {@code <start>} and in
     * {@code at[n + 1]} that of {@code <end>}, and returns the array they index: the shared rows by form
     * id; or, for an article with a form without an id (only once {@link org.slant.text.Forms} is full),
     * a copy of the article's rows made for it.
     */
    private float[] rows(List<Token> tokens, int[] at) {
        int n = tokens.size();
        float[] a = byForm.array();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (t.form() < 0) {
                return ownRows(tokens, at);
            }
            int o = FlatRows.offset(a, t.form());
            if (o < 0) {
                o = byForm.fill(t.form(), form(t.norm()));
                a = byForm.array();   // a newer array holds the rows filled so far at the same offsets
            }
            at[i] = o;
        }
        if (startId < 0 || endId < 0) {
            return ownRows(tokens, at);
        }
        int s = FlatRows.offset(a, startId);
        int e = FlatRows.offset(a, endId);
        if (s < 0 || e < 0) {
            s = byForm.fill(startId, form(LoadedFeatures.START));
            e = byForm.fill(endId, form(LoadedFeatures.END));
            a = byForm.array();
        }
        at[n] = s;
        at[n + 1] = e;
        return a;
    }

    /** The article's rows in an array of its own, token i's at {@code i * STRIDE}, then {@code <start>}, {@code <end>}. */
    private float[] ownRows(List<Token> tokens, int[] at) {
        int n = tokens.size();
        float[] a = new float[(n + 2) * FlatRows.STRIDE];
        for (int i = 0; i < n + 2; i++) {
            float[] row = i < n ? form(tokens.get(i).norm()) : form(i == n ? LoadedFeatures.START : LoadedFeatures.END);
            System.arraycopy(row, 0, a, i * FlatRows.STRIDE, FlatRows.STRIDE);
            at[i] = i * FlatRows.STRIDE;
        }
        return a;
    }
}
