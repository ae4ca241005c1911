package org.slant.extract.terminology;

import org.slant.model.Content;
import org.slant.text.Quote;
import org.slant.text.Token;

import java.util.List;

/**
 * Scores every word of an article with a {@link LoadedModel} as {@link LoadedModel#scores} would, but
 * fast: everything that depends on one word form alone is summed once per form into a row
 * ({@link FormWeights}), kept by the form id each token carries, so a token costs an array read, not a
 * hash lookup; a window of five rows slides along the article. A token that names a side only in context
 * ("right" in "far-right", {@link SideWords#wing}) gets the row of {@link SideWords#WING}, as its features
 * say. Tests hold the two ways equal.
 * Thread-safe.
 */
public final class LoadedScorer {

    static final int AS_LEFT2 = FormWeights.AS_LEFT2;
    private static final int SELF = FormWeights.SELF;
    private static final int AS_LEFT1 = FormWeights.AS_LEFT1;
    private static final int AS_RIGHT1 = FormWeights.AS_RIGHT1;
    private static final int AS_RIGHT2 = FormWeights.AS_RIGHT2;

    private final LoadedModel model;
    private final FormWeights rows;
    /** Ids for the rows before the first token and after the last, and of the side key: no token has these forms. */
    private final int startId = org.slant.text.Forms.of(LoadedFeatures.START);
    private final int endId = org.slant.text.Forms.of(LoadedFeatures.END);
    private final int wingId = org.slant.text.Forms.of(SideWords.WING);
    /** The forms that name a side only in context ("far-right"). */
    private final int rightId = org.slant.text.Forms.of("right");
    private final int leftId = org.slant.text.Forms.of("left");
    private final float[][] shapes;
    private final float[][] marks;
    private final float[] quoted;

    public LoadedScorer(LoadedModel model) {
        this.model = model;
        // from now on tokens carry their forms' ids, which the rows are kept by
        org.slant.text.Forms.use();
        this.rows = new FormWeights(model);
        shapes = new float[LoadedFeatures.SHAPES.size()][];
        for (int k = 0; k < shapes.length; k++) {
            shapes[k] = rows.weights(LoadedFeatures.Template.SHAPE, LoadedFeatures.SHAPES.get(k));
        }
        marks = new float[LoadedFeatures.MARK_KEYS.size()][];
        for (int k = 0; k < marks.length; k++) {
            marks[k] = rows.weights(LoadedFeatures.Template.LEXICON, LoadedFeatures.MARK_KEYS.get(k));
        }
        quoted = rows.weights(LoadedFeatures.Template.QUOTED, LoadedFeatures.QUOTED_KEY);
    }

    public LoadedModel model() {
        return model;
    }

    /** One float of the row of token j: by its form's id, else (a form without an id) by its string. */
    float weight(List<Token> tokens, int j, int slot) {
        if (wing(tokens, j)) {
            return rows.form(SideWords.WING)[slot];
        }
        Token t = tokens.get(j);
        int at = rows.offset(t);
        return at < 0 ? rows.form(t.norm())[slot] : rows.array()[at + slot];
    }

    /**
     * {@link SideWords#wing}, with no string compared for a token whose form id is neither "right" nor
     * "left" (the finding's reasons ask this of five words per span).
     */
    boolean wing(List<Token> tokens, int i) {
        int id = tokens.get(i).form();
        return (id < 0 || id == rightId || id == leftId) && SideWords.wing(tokens, i);
    }

    /** The weights {loaded, label} of a shape ({@link LoadedFeatures#shape}), zeros where the model has none. */
    float[] shapeWeights(int shape) {
        return shapes[shape];
    }

    /** The weights of a lexicon mark ({@link LoadedFeatures#marks}). */
    float[] markWeights(byte mark) {
        return marks[mark];
    }

    /** The weights of being inside a quotation. */
    float[] quotedWeights() {
        return quoted;
    }

    /** A form's row (by its string): {@code <start>}, {@code <end>} or any word form. */
    float[] form(String norm) {
        return rows.form(norm);
    }

    /** The quotations in order of their content's start (as {@link org.slant.text.QuoteFinder} gives them, else sorted). */
    private static List<Quote> byStart(List<Quote> quotes) {
        for (int k = 1; k < quotes.size(); k++) {
            if (quotes.get(k).contentStart() < quotes.get(k - 1).contentStart()) {
                List<Quote> sorted = new java.util.ArrayList<>(quotes);
                sorted.sort(java.util.Comparator.comparingInt(Quote::contentStart));
                return sorted;
            }
        }
        return quotes;
    }

    /** Whether the word's own features (word, stem, prefix, suffix) lean loaded or label, its neighbours aside. */
    public boolean leans(List<Token> tokens, int i) {
        return Math.max(weight(tokens, i, SELF), weight(tokens, i, SELF + 1)) > 0;
    }

    /**
     * The scores {loaded, label} (log-odds against neither) of every token, {@code out[2i]} and
     * {@code out[2i+1]}; tokens the model does not classify get minus infinity (probability 0). Floats: the
     * weights are floats, summed in float as {@link LoadedModel#scores} sums them up to rounding.
     */
    public float[] scores(Content content, byte[] tokenMarks) {
        List<Token> list = content.tokens();
        // The loops below run for every token under the launcher's quick compiler (C1), where each List.get
        // is an interface call and each field or array read is kept: the tokens in an array, what the loop
        // reads in locals, and the common shape (a lower-case word) tested inline, cut the scorer's time by
        // about a quarter in a same-process comparison on the PTC and PolNeAR articles (issue 17).
        Token[] tokens = list.toArray(new Token[0]);
        int n = tokens.length;
        float[] out = new float[2 * n];
        String text = content.text();
        // Quotations by start: a token lies inside a quotation's content exactly when it ends by the furthest
        // content end of the quotations whose content starts at or before it (quotations nest, as the quote
        // finder pairs marks on a stack), so no look-up in the quote index is needed; the next quotation's
        // start is kept so that a token before it costs one comparison.
        List<Quote> quotes = byStart(content.quotes());
        int quoteCount = quotes.size();
        int nextQuote = 0;
        int nextQuoteStart = quoteCount > 0 ? quotes.get(0).contentStart() : Integer.MAX_VALUE;
        int insideUntil = -1;
        float bias0 = model.bias()[0];
        float bias1 = model.bias()[1];
        float q0 = quoted[0];
        float q1 = quoted[1];
        float[] low = shapes[0];
        float[] lowGlued = shapes[3];
        // each token's row, as an offset into one array a; then a window of five offsets slides along
        int[] at = new int[n + 2];
        float[] a = rows(list, tokens, at);
        int l2 = at[n];   // the <start> row, before the first token
        int l1 = l2;
        int end = at[n + 1];
        int self = n > 0 ? at[0] : end;
        int r1 = n > 1 ? at[1] : end;
        for (int i = 0; i < n; i++) {
            int r2 = i + 2 < n ? at[i + 2] : end;
            Token t = tokens[i];
            if (t.type() == Token.Type.WORD) {
                int start = t.start();
                char first = text.charAt(start);
                float[] sh = first >= 'a' && first <= 'z' ? (t.glued() ? lowGlued : low)
                        : shapes[LoadedFeatures.shape(text, t)];
                float[] mk = marks[tokenMarks[i]];
                float s0 = bias0 + a[self + SELF] + a[l2 + AS_LEFT2] + a[l1 + AS_LEFT1] + a[r1 + AS_RIGHT1]
                        + a[r2 + AS_RIGHT2] + sh[0] + mk[0];
                float s1 = bias1 + a[self + SELF + 1] + a[l2 + AS_LEFT2 + 1] + a[l1 + AS_LEFT1 + 1]
                        + a[r1 + AS_RIGHT1 + 1] + a[r2 + AS_RIGHT2 + 1] + sh[1] + mk[1];
                if (start >= nextQuoteStart) {
                    while (nextQuote < quoteCount && quotes.get(nextQuote).contentStart() <= start) {
                        insideUntil = Math.max(insideUntil, quotes.get(nextQuote++).contentEnd());
                    }
                    nextQuoteStart = nextQuote < quoteCount ? quotes.get(nextQuote).contentStart() : Integer.MAX_VALUE;
                }
                if (t.end() <= insideUntil) {
                    s0 += q0;
                    s1 += q1;
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
    private float[] rows(List<Token> list, Token[] tokens, int[] at) {
        int n = tokens.length;
        if (startId < 0 || endId < 0 || wingId < 0) {
            return ownRows(list, at);
        }
        // The article's tokens got their ids before now, so every one is below the count of forms: with
        // all those rows filled, a token's row is at id * STRIDE, with no check per token (checking each
        // token's row cost about 5% of the scorer's time under C1 in a same-process comparison, issue 17).
        float[] a = rows.filledBelow(org.slant.text.Forms.size());
        for (int i = 0; i < n; i++) {
            int id = tokens[i].form();
            if (id < 0) {
                return ownRows(list, at);
            }
            if ((id == rightId || id == leftId) && SideWords.wing(list, i)) {
                id = wingId;
            }
            at[i] = id * FlatRows.STRIDE;
        }
        // Each row's first float is read first here, in a loop of its own: with nothing else to do there, the
        // processor fetches many rows from memory at once, where the scoring loop, with far more to do per
        // token, waited on them one or two at a time (the other stages push the rows out of the cache between
        // articles). In same-process comparisons in the pipeline, on a machine busy with other work, the
        // terminology stage took 5-13% less time for it (issue 17). The sum also checks that every row read
        // was filled (an unfilled row starts with NaN).
        float filled = 0;
        for (int i = 0; i < n; i++) {
            filled += a[at[i]];
        }
        if (Float.isNaN(filled)) {
            throw new IllegalStateException("a token's row of the loaded-language model was not filled");
        }
        at[n] = startId * FlatRows.STRIDE;
        at[n + 1] = endId * FlatRows.STRIDE;
        return a;
    }

    /** The article's rows in an array of its own, token i's at {@code i * STRIDE}, then {@code <start>}, {@code <end>}. */
    private float[] ownRows(List<Token> tokens, int[] at) {
        int n = tokens.size();
        float[] a = new float[(n + 2) * FlatRows.STRIDE];
        for (int i = 0; i < n + 2; i++) {
            String norm = i < n ? SideWords.key(tokens, i) : i == n ? LoadedFeatures.START : LoadedFeatures.END;
            System.arraycopy(rows.form(norm), 0, a, i * FlatRows.STRIDE, FlatRows.STRIDE);
            at[i] = i * FlatRows.STRIDE;
        }
        return a;
    }
}
