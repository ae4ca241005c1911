package org.slant.text;

import java.util.Arrays;

/**
 * Maps offsets in a derived text (the clean article) back to the raw text it was cut from, as Lucene's
 * char filters do. The derived text is a sequence of raw slices with short separators between them;
 * separator characters map to the nearest raw position outside them.
 */
public final class OffsetMap {

    private final int[] cleanStarts;
    private final int[] rawStarts;
    private final int[] lengths;
    private final int size;
    private final int cleanLength;

    private OffsetMap(int[] cleanStarts, int[] rawStarts, int[] lengths, int size, int cleanLength) {
        this.cleanStarts = cleanStarts;
        this.rawStarts = rawStarts;
        this.lengths = lengths;
        this.size = size;
        this.cleanLength = cleanLength;
    }

    /** The identity map of a text of the given length. */
    public static OffsetMap identity(int length) {
        return new OffsetMap(new int[]{0}, new int[]{0}, new int[]{length}, 1, length);
    }

    /** Raw offset of a derived start offset: separators map forwards to the next slice. */
    public int toRawStart(int clean) {
        if (size == 0) {
            return 0;
        }
        int k = pieceAtOrBefore(clean);
        if (k < 0) {
            return rawStarts[0];
        }
        int within = clean - cleanStarts[k];
        if (within < lengths[k]) {
            return rawStarts[k] + within;
        }
        return k + 1 < size ? rawStarts[k + 1] : rawStarts[k] + lengths[k];
    }

    /** Raw offset of a derived (exclusive) end offset: separators map backwards to the previous slice. */
    public int toRawEnd(int clean) {
        if (size == 0) {
            return 0;
        }
        if (clean <= 0) {
            return rawStarts[0];
        }
        int k = pieceAtOrBefore(clean - 1);
        if (k < 0) {
            return rawStarts[0];
        }
        int within = clean - cleanStarts[k];
        return rawStarts[k] + Math.min(within, lengths[k]);
    }

    public int cleanLength() {
        return cleanLength;
    }

    private int pieceAtOrBefore(int clean) {
        int i = Arrays.binarySearch(cleanStarts, 0, size, clean);
        return i >= 0 ? i : -i - 2;
    }

    /** Builds a derived text and its map together, so they cannot disagree. */
    public static final class Builder {
        private final CharSequence raw;
        private final StringBuilder text = new StringBuilder();
        private int[] cleanStarts = new int[8];
        private int[] rawStarts = new int[8];
        private int[] lengths = new int[8];
        private int size;

        public Builder(CharSequence raw) {
            this.raw = raw;
        }

        public Builder slice(int rawStart, int rawEnd) {
            if (rawEnd <= rawStart) {
                return this;
            }
            if (size == cleanStarts.length) {
                cleanStarts = Arrays.copyOf(cleanStarts, size * 2);
                rawStarts = Arrays.copyOf(rawStarts, size * 2);
                lengths = Arrays.copyOf(lengths, size * 2);
            }
            cleanStarts[size] = text.length();
            rawStarts[size] = rawStart;
            lengths[size] = rawEnd - rawStart;
            size++;
            text.append(raw, rawStart, rawEnd);
            return this;
        }

        public Builder separator(String sep) {
            text.append(sep);
            return this;
        }

        public int length() {
            return text.length();
        }

        public String text() {
            return text.toString();
        }

        public OffsetMap map() {
            return new OffsetMap(cleanStarts, rawStarts, lengths, size, text.length());
        }
    }
}
