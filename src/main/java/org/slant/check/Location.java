package org.slant.check;

/**
 * A reported position: 1-based lines and columns (UTF-16 code units), the end exclusive as in SARIF;
 * {@code offset} and {@code length} in the source text, or -1 when the position is only a line.
 */
public record Location(int line, int column, int endLine, int endColumn, int offset, int length) {

    public boolean exact() {
        return offset >= 0;
    }
}
