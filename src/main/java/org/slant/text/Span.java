package org.slant.text;

/** A half-open character range {@code [start, end)}. */
public interface Span {
    int start();

    int end();

    default int length() {
        return end() - start();
    }

    default boolean contains(int offset) {
        return offset >= start() && offset < end();
    }

    default boolean covers(int from, int to) {
        return from >= start() && to <= end();
    }

    default boolean overlaps(int from, int to) {
        return from < end() && to > start();
    }

    default String in(CharSequence text) {
        return text.subSequence(start(), end()).toString();
    }
}
