package org.slant.report.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Arrays;

/**
 * A growable UTF-8 byte buffer written to as a {@link Writer}: output lines are encoded straight into it, with
 * no string per line and no copy per encoding (issue 21: encoding and copying strings was a third of writing
 * the {@code --out} files). The bytes are exactly {@code String.getBytes(UTF_8)} of the characters written: a
 * surrogate without its partner becomes '?', also when a pair is split between two writes. Kept between lines
 * ({@link #reset}); one thread.
 */
public final class Utf8Buffer extends Writer {

    private static final int MAX_KEPT = 1 << 20;

    private byte[] bytes = new byte[1 << 12];
    private int size;
    /** a high surrogate whose low partner may come with the next write (0: none) */
    private char high;
    /** characters of a string, read once (under C1, {@code String.charAt} on UTF-16 text is a call) */
    private char[] chars = new char[256];

    /** Empties the buffer; a large one is not kept. */
    public void reset() {
        size = 0;
        high = 0;
        if (bytes.length > MAX_KEPT) {
            bytes = new byte[1 << 12];
        }
    }

    public int size() {
        return size;
    }

    /** Writes the bytes so far (a pending high surrogate first becomes '?') and empties the buffer. */
    public void writeTo(OutputStream out) throws IOException {
        endPending();
        out.write(bytes, 0, size);
        reset();
    }

    /** The bytes so far, copied (for tests and strings). */
    public byte[] toByteArray() {
        endPending();
        return Arrays.copyOf(bytes, size);
    }

    @Override
    public void write(int c) {
        ensure(4);
        put((char) c);
    }

    @Override
    public void write(char[] c, int off, int len) {
        ensure(3 * len + 4);
        int end = off + len;
        int i = off;
        if (high == 0) {
            // the common case, ASCII, without the general branch; buffer and size in locals, since the quick
            // compiler (C1) would load and store the fields on every character
            byte[] b = bytes;
            int n = size;
            while (i < end && c[i] < 0x80) {
                b[n++] = (byte) c[i++];
            }
            size = n;
        }
        for (; i < end; i++) {
            put(c[i]);
        }
    }

    @Override
    public void write(String s, int off, int len) {
        if (chars.length < len) {
            chars = new char[Math.max(len, 2 * chars.length)];
        }
        s.getChars(off, off + len, chars, 0);
        write(chars, 0, len);
        if (chars.length > MAX_KEPT) {
            chars = new char[256];
        }
    }

    @Override
    public Utf8Buffer append(CharSequence s) {
        if (s instanceof String t) {
            write(t, 0, t.length());
        } else {
            String t = String.valueOf(s);
            write(t, 0, t.length());
        }
        return this;
    }

    @Override
    public Utf8Buffer append(char c) {
        write(c);
        return this;
    }

    /** Appends bytes already encoded (a cell written once and repeated on every row of an article). */
    public void bytes(byte[] b) {
        endPending();
        ensure(b.length);
        System.arraycopy(b, 0, bytes, size, b.length);
        size += b.length;
    }

    /** Appends a character known to be ASCII (separators, quotes, digits). */
    public void ascii(char c) {
        ensure(4);
        if (high != 0) {
            put(c);
        } else {
            bytes[size++] = (byte) c;
        }
    }

    private void put(char ch) {
        if (high != 0) {
            if (Character.isLowSurrogate(ch)) {
                int cp = Character.toCodePoint(high, ch);
                high = 0;
                bytes[size++] = (byte) (0xF0 | cp >> 18);
                bytes[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
                bytes[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | cp & 0x3F);
                return;
            }
            high = 0;
            bytes[size++] = '?';
            ensure(4);
        }
        if (ch < 0x80) {
            bytes[size++] = (byte) ch;
        } else if (ch < 0x800) {
            bytes[size++] = (byte) (0xC0 | ch >> 6);
            bytes[size++] = (byte) (0x80 | ch & 0x3F);
        } else if (Character.isHighSurrogate(ch)) {
            high = ch;
        } else if (Character.isLowSurrogate(ch)) {
            bytes[size++] = '?';
        } else {
            bytes[size++] = (byte) (0xE0 | ch >> 12);
            bytes[size++] = (byte) (0x80 | ch >> 6 & 0x3F);
            bytes[size++] = (byte) (0x80 | ch & 0x3F);
        }
    }

    private void endPending() {
        if (high != 0) {
            high = 0;
            ensure(1);
            bytes[size++] = '?';
        }
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(size + more, 2 * bytes.length));
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
