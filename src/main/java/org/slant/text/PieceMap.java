package org.slant.text;

import java.util.Arrays;

/**
 * An {@link OffsetMap} made of pieces, in derived-text order. A piece is either a slice (its derived
 * characters are source characters one for one) or a unit (its derived characters stand for a source range
 * as a whole: an HTML entity's one character for {@code &amp;amp;}, a collapsed space for a run of white
 * space, or characters placed at one source point with no extent). Derived characters in no piece have no
 * source (separators): a start there maps to the next piece, an end to the previous one.
 */
public final class PieceMap implements OffsetMap {

    private final int[] outStart;
    private final int[] outLen;
    private final int[] inStart;
    private final int[] inLen;
    /** unit pieces map as a whole; slices character by character */
    private final boolean[] unit;
    private final int size;

    private PieceMap(Builder b) {
        this.size = b.size;
        this.outStart = Arrays.copyOf(b.outStart, size);
        this.outLen = Arrays.copyOf(b.outLen, size);
        this.inStart = Arrays.copyOf(b.inStart, size);
        this.inLen = Arrays.copyOf(b.inLen, size);
        this.unit = Arrays.copyOf(b.unit, size);
    }

    @Override
    public int correctOffset(int offset) {
        if (size == 0) {
            return 0;
        }
        int k = pieceAtOrBefore(offset);
        if (k < 0) {
            return inStart[0];
        }
        int within = offset - outStart[k];
        if (within < outLen[k]) {
            return unit[k] ? inStart[k] : inStart[k] + within;
        }
        return k + 1 < size ? inStart[k + 1] : inStart[k] + inLen[k];
    }

    @Override
    public int correctEndOffset(int end) {
        if (size == 0) {
            return 0;
        }
        int k = end <= 0 ? -1 : pieceAtOrBefore(end - 1);
        if (k < 0) {
            return inStart[0];
        }
        if (unit[k]) {
            return inStart[k] + inLen[k];
        }
        return inStart[k] + Math.min(end - outStart[k], inLen[k]);
    }

    /** Pieces in the map (a measure of its size; adjacent slices are merged). */
    public int pieces() {
        return size;
    }

    private int pieceAtOrBefore(int offset) {
        int i = Arrays.binarySearch(outStart, 0, size, offset);
        return i >= 0 ? i : -i - 2;
    }

    /** Collects pieces in derived-text order; adjacent slices that continue each other become one. */
    public static final class Builder {
        private int[] outStart = new int[8];
        private int[] outLen = new int[8];
        private int[] inStart = new int[8];
        private int[] inLen = new int[8];
        private boolean[] unit = new boolean[8];
        private int size;

        /** {@code length} derived characters from {@code out} on are the source's from {@code in} on. */
        public Builder slice(int out, int length, int in) {
            if (length <= 0) {
                return this;
            }
            int last = size - 1;
            if (last >= 0 && !unit[last] && outStart[last] + outLen[last] == out && inStart[last] + inLen[last] == in) {
                outLen[last] += length;
                inLen[last] += length;
                return this;
            }
            return add(out, length, in, length, false);
        }

        /**
         * {@code length} derived characters from {@code out} on stand for the source range
         * {@code [in, in + inLength)} as a whole ({@code inLength} may be 0: a point in the source).
         */
        public Builder unit(int out, int length, int in, int inLength) {
            if (length <= 0) {
                return this;
            }
            int last = size - 1;
            if (last >= 0 && unit[last] && outStart[last] + outLen[last] == out && inStart[last] == in
                    && inLen[last] == inLength) {
                outLen[last] += length; // more characters of the same unit (an entity of two characters)
                return this;
            }
            return add(out, length, in, inLength, true);
        }

        private Builder add(int out, int length, int in, int inLength, boolean isUnit) {
            if (size > 0 && out < outStart[size - 1] + outLen[size - 1]) {
                throw new IllegalArgumentException("pieces must come in order and not overlap: " + out);
            }
            if (size == outStart.length) {
                int n = size * 2;
                outStart = Arrays.copyOf(outStart, n);
                outLen = Arrays.copyOf(outLen, n);
                inStart = Arrays.copyOf(inStart, n);
                inLen = Arrays.copyOf(inLen, n);
                unit = Arrays.copyOf(unit, n);
            }
            outStart[size] = out;
            outLen[size] = length;
            inStart[size] = in;
            inLen[size] = inLength;
            unit[size] = isUnit;
            size++;
            return this;
        }

        public PieceMap build() {
            return new PieceMap(this);
        }
    }
}
