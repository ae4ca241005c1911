package org.slant.text;

/**
 * Maps offsets in a derived text back to the text it was made from, as Lucene's
 * {@code CharFilter.correctOffset} does: the clean article back to the raw text, the raw text of an HTML
 * page back to the page's source. Offsets are half-open UTF-16 offsets. A start offset and an exclusive end
 * offset are corrected separately, because a character the derived text added (a separator, a collapsed
 * space) has no source: a start there moves forwards to the next source character, an end backwards to the
 * previous one, so that a range never grows over text it did not cover.
 * <p>
 * Maps compose: when {@code a} maps text C to B and {@code b} maps B to A, {@code a.compose(b)} maps C to
 * A, the way a chain of char filters corrects an offset through every filter in turn.
 */
public interface OffsetMap {

    /** The source offset of a derived start offset (characters without a source: the next one that has). */
    int correctOffset(int offset);

    /** The source offset of a derived exclusive end offset (characters without a source: the previous one). */
    int correctEndOffset(int end);

    /**
     * This map followed by {@code toSource}, which maps this map's source to its own: offsets are corrected
     * here first, then there.
     */
    default OffsetMap compose(OffsetMap toSource) {
        return new Composed(this, toSource);
    }

    /** The identity map of a text of the given length. */
    static OffsetMap identity(int length) {
        return new PieceMap.Builder().slice(0, length, 0).build();
    }

    /** Two maps one after the other. */
    record Composed(OffsetMap first, OffsetMap then) implements OffsetMap {
        @Override
        public int correctOffset(int offset) {
            return then.correctOffset(first.correctOffset(offset));
        }

        @Override
        public int correctEndOffset(int end) {
            return then.correctEndOffset(first.correctEndOffset(end));
        }
    }

    /**
     * Builds a derived text out of slices of a raw text with separators between them, and its map, together,
     * so that they cannot disagree.
     */
    final class Builder {
        private final CharSequence raw;
        private final StringBuilder text = new StringBuilder();
        private final PieceMap.Builder pieces = new PieceMap.Builder();

        public Builder(CharSequence raw) {
            this.raw = raw;
        }

        public Builder slice(int rawStart, int rawEnd) {
            if (rawEnd > rawStart) {
                pieces.slice(text.length(), rawEnd - rawStart, rawStart);
                text.append(raw, rawStart, rawEnd);
            }
            return this;
        }

        /** Characters with no source in the raw text. */
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
            return pieces.build();
        }
    }
}
