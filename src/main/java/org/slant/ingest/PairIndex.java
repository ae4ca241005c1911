package org.slant.ingest;

/**
 * Where each pair of adjacent characters occurs, as chains of positions: the clues' thirty-odd words were
 * thirty {@code indexOf} passes over the whole text (5% of the real-text profile under C1, which has no
 * intrinsic for it); one pass builds the chains, and a word visits only the positions of its first two
 * characters' bucket. Finds every occurrence, overlapping ones too, in text order, as the indexOf loop did.
 * The text is kept as the char array it was built from and compared there (no string of it is made).
 */
final class PairIndex {
    /**
     * 4,096 chains: a lowered ASCII letter pair still has its own (the bucket keeps the first character's low
     * five bits and all seven of the second's), and the table a new article zeroes is 16 kB, not 64 (issue 21).
     */
    private static final int BUCKETS = 1 << 12;
    private final int[] head = new int[BUCKETS];
    private final int[] next;
    private final char[] c;

    PairIndex(String text) {
        this(text.toCharArray());
    }

    /**
     * An index of {@code c}, which it keeps: the caller must not change it. Positions are stored plus one, so
     * that the zeros of a new array mean "none" and the table needs no fill (a fill of its 16,384 entries per
     * article was a visible part of outlet inference under C1).
     */
    PairIndex(char[] c) {
        this.c = c;
        next = new int[Math.max(1, c.length)];
        int[] heads = head;   // the arrays in locals: C1 would load the fields on every character
        int[] chain = next;
        for (int i = c.length - 2; i >= 0; i--) {
            int b = bucket(c[i], c[i + 1]);
            chain[i] = heads[b];
            heads[b] = i + 1;
        }
    }

    /**
     * An index of the text with its ASCII letters lowered (other characters kept): lowered in the same pass that
     * builds the chains, where a separate lowering pass was a third of the index's cost.
     */
    static PairIndex asciiLowered(String text) {
        // a copy, lowered in place, of the shared array the later stages read too (see RawChars)
        return new PairIndex(org.slant.lexicon.RawChars.of(text).clone(), true);
    }

    private PairIndex(char[] c, boolean lower) {
        this.c = c;
        next = new int[Math.max(1, c.length)];
        int i = c.length - 1;
        if (i < 0) {
            return;
        }
        if (c[i] >= 'A' && c[i] <= 'Z') {
            c[i] += 32;
        }
        int[] heads = head;   // the arrays in locals: C1 would load the fields on every character
        int[] chain = next;
        char after = c[i];    // the character after the current one, lowered: not read again from the array
        for (i--; i >= 0; i--) {
            char x = c[i];
            if (x >= 'A' && x <= 'Z') {
                x += 32;
                c[i] = x;
            }
            int b = bucket(x, after);
            chain[i] = heads[b];
            heads[b] = i + 1;
            after = x;
        }
    }

    private static int bucket(char a, char b) {
        return ((a << 7) ^ b) & (BUCKETS - 1);
    }

    /** The first occurrence of the word, or -1. */
    int first(String w) {
        return first(w.toCharArray());
    }

    /** The next occurrence after the one at {@code k}, or -1. */
    int next(String w, int k) {
        return next(w.toCharArray(), k);
    }

    /**
     * The same with the word as an array, which the caller makes once per word: under the launcher's quick
     * compiler (C1) each {@code String.charAt} of the comparisons was a call, for every candidate position.
     */
    int first(char[] w) {
        if (w.length < 2) {
            return single(w, 0);
        }
        return match(w, head[bucket(w[0], w[1])] - 1);
    }

    int next(char[] w, int k) {
        if (w.length < 2) {
            return single(w, k + 1);
        }
        return match(w, next[k] - 1);
    }

    private int single(char[] w, int from) {
        if (w.length == 0) {
            return from <= c.length ? from : -1;
        }
        char x = w[0];
        char[] a = c;
        for (int i = from; i < a.length; i++) {
            if (a[i] == x) {
                return i;
            }
        }
        return -1;
    }

    private int match(char[] w, int k) {
        while (k >= 0 && !startsAt(w, k)) {
            k = next[k] - 1;
        }
        return k;
    }

    /** Whether the word is at {@code k} (its first two characters are known to share the bucket only). */
    private boolean startsAt(char[] w, int k) {
        char[] a = c;
        if (k + w.length > a.length) {
            return false;
        }
        for (int j = 0; j < w.length; j++) {
            if (a[k + j] != w[j]) {
                return false;
            }
        }
        return true;
    }
}
