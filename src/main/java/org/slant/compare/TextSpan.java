package org.slant.compare;

/** A raw-text span with its text, as it appears in the comparison output. */
public record TextSpan(int start, int end, String text) {

    static TextSpan of(String raw, int start, int end) {
        return new TextSpan(start, end, raw.substring(start, end));
    }
}
