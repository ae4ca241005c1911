package org.slant.extract.terminology;

import java.util.Arrays;

/**
 * Which span owns each character of a text, when spans are painted one over another in a given order
 * (the last painted wins), kept per segment instead of per character: the spans' edges cut the text
 * into segments whose characters all lie in the same spans, so each segment has one owner. Painting
 * costs the segments each span covers, never more than its characters; a look-up is a binary search.
 * Immutable.
 */
final class SpanOwners {

    /** Segment j is {@code [edges[j], edges[j + 1])}, owned by {@code owner[j]} (-1: none). */
    private final int[] edges;
    private final int[] owner;

    private SpanOwners(int[] edges, int[] owner) {
        this.edges = edges;
        this.owner = owner;
    }

    /**
     * Spans {@code [starts[k], ends[k])} painted in order k = 0, 1, ..., each marking its characters
     * with {@code ids[k]}; an empty span paints nothing.
     */
    static SpanOwners paint(int[] starts, int[] ends, int[] ids) {
        int[] all = new int[2 * starts.length];
        for (int k = 0; k < starts.length; k++) {
            all[2 * k] = starts[k];
            all[2 * k + 1] = Math.max(starts[k], ends[k]);
        }
        Arrays.sort(all);
        int m = 0;
        for (int i = 0; i < all.length; i++) {
            if (m == 0 || all[i] != all[m - 1]) {
                all[m++] = all[i];
            }
        }
        int[] edges = Arrays.copyOf(all, m);
        int[] owner = new int[Math.max(0, m - 1)];
        Arrays.fill(owner, -1);
        for (int k = 0; k < starts.length; k++) {
            for (int j = segment(edges, starts[k]); j >= 0 && j < owner.length && edges[j] < ends[k]; j++) {
                owner[j] = ids[k];
            }
        }
        return new SpanOwners(edges, owner);
    }

    /** The id of the span that owns the character at {@code offset}, or -1. */
    int at(int offset) {
        int j = segment(edges, offset);
        return j >= 0 && j < owner.length ? owner[j] : -1;
    }

    /** The last segment starting at or before {@code offset}, or -1 when none does. */
    private static int segment(int[] edges, int offset) {
        int j = Arrays.binarySearch(edges, offset);
        return j >= 0 ? j : -j - 2;
    }
}
