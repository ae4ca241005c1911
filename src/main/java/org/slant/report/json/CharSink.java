package org.slant.report.json;

import java.io.Writer;
import java.util.Arrays;

/** A reusable character buffer written to as a {@link Writer}, its characters readable in place. One thread. */
final class CharSink extends Writer {

    private char[] chars = new char[1 << 10];
    private int size;

    void reset() {
        size = 0;
        if (chars.length > 1 << 20) {
            chars = new char[1 << 10];
        }
    }

    int size() {
        return size;
    }

    /** The characters (valid up to {@link #size}); the array is the buffer itself, not a copy. */
    char[] chars() {
        return chars;
    }

    @Override
    public void write(char[] c, int off, int len) {
        if (size + len > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(size + len, 2 * chars.length));
        }
        System.arraycopy(c, off, chars, size, len);
        size += len;
    }

    @Override
    public void write(String s, int off, int len) {
        if (size + len > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(size + len, 2 * chars.length));
        }
        s.getChars(off, off + len, chars, size);
        size += len;
    }

    @Override
    public void write(int c) {
        if (size == chars.length) {
            chars = Arrays.copyOf(chars, 2 * chars.length);
        }
        chars[size++] = (char) c;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
