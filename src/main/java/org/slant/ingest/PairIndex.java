package org.slant.ingest;

import java.util.Arrays;

/**
 * Where each pair of adjacent characters occurs, as chains of positions: the clues' thirty-odd words were
 * thirty {@code indexOf} passes over the whole text (5% of the real-text profile under C1, which has no
 * intrinsic for it); one pass builds the chains, and a word visits only the positions of its first two
 * characters' bucket. Finds every occurrence, overlapping ones too, in text order, as the indexOf loop did.
 */
final class PairIndex {
    private static final int BUCKETS = 1 << 14;
    private final int[] head = new int[BUCKETS];
    private final int[] next;

    PairIndex(String text) {
        char[] c = text.toCharArray();
        next = new int[Math.max(1, c.length)];
        Arrays.fill(head, -1);
        for (int i = c.length - 2; i >= 0; i--) {
            int b = bucket(c[i], c[i + 1]);
            next[i] = head[b];
            head[b] = i;
        }
    }

    private static int bucket(char a, char b) {
        return ((a << 7) ^ b) & (BUCKETS - 1);
    }

    /** The first occurrence of the word, or -1. */
    int first(String hay, String w) {
        if (w.length() < 2) {
            return hay.indexOf(w);
        }
        return match(hay, w, head[bucket(w.charAt(0), w.charAt(1))]);
    }

    /** The next occurrence after the one at {@code k}, or -1. */
    int next(String hay, String w, int k) {
        if (w.length() < 2) {
            return hay.indexOf(w, k + 1);
        }
        return match(hay, w, next[k]);
    }

    private int match(String hay, String w, int k) {
        while (k >= 0 && !hay.startsWith(w, k)) {
            k = next[k];
        }
        return k;
    }
}
