package org.slant.ingest;

import org.slant.text.TextDecoder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a JSONL file, each decoded on its own, so that one line with a bad byte is one error and
 * the lines after it are still read (decoding the whole stream stopped at the first bad byte and lost the
 * rest of the file). The encoding is found as for other files ({@link TextDecoder}): UTF-8, or UTF-16 or
 * UTF-32 with a byte-order mark; lines end at the encoding's newline unit, which never occurs inside
 * another character in these encodings. A line longer than the limit is not kept in memory: it is skipped
 * to its end and reported.
 */
final class JsonlLines implements AutoCloseable {

    /** One line: its number and text, or why it cannot be read (with a column where one is known). */
    record Line(int number, String text, int column, String error) {
    }

    private final InputStream in;
    private final long maxBytes;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int lim;
    private long offset; // file offset of buf[0]
    private Charset charset = StandardCharsets.UTF_8;
    private String name = "UTF-8";
    private byte[] newline = {'\n'};
    private CharsetDecoder decoder;
    private byte[] line = new byte[256];
    private int lineNo;
    private boolean started;

    JsonlLines(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** Whether the file starts like a binary file (a NUL byte in its first 8 KiB of UTF-8). */
    boolean looksBinary() throws IOException {
        start();
        if (unit() != 1) {
            return false;
        }
        byte[] head = Arrays.copyOfRange(buf, pos, Math.min(lim, pos + 8192));
        return TextDecoder.looksBinary(head);
    }

    /** The next line, or null at the end of the file. */
    Line next() throws IOException {
        start();
        int w = unit();
        int size = 0;
        long lineStart = offset + pos;
        boolean over = false;
        boolean any = false;
        while (true) {
            if (!fill(w)) {
                if (!any && lim == pos) {
                    return null;
                }
                size = tail(size, over); // a last line without a newline, maybe a partial unit
                break;
            }
            any = true;
            int end = newlineFrom(pos, w); // whole units in the buffer: scan, then copy the run at once
            boolean found = end >= 0;
            if (!found) {
                end = pos + (lim - pos) / w * w;
            }
            int run = end - pos;
            if (!over && size + (long) run > maxBytes) {
                over = true;
            }
            if (!over) {
                if (size + run > line.length) {
                    line = Arrays.copyOf(line, Math.max(line.length * 2, size + run));
                }
                System.arraycopy(buf, pos, line, size, run);
                size += run;
            }
            pos = found ? end + w : end;
            if (found) {
                break;
            }
        }
        lineNo++;
        if (over) {
            return new Line(lineNo, null, 0, "line is over the limit of " + maxBytes
                    + " bytes per article (--max-article-size)");
        }
        return decode(size, lineStart);
    }

    /** The offset of the first newline unit at or after {@code from} among the buffer's whole units, or -1. */
    private int newlineFrom(int from, int w) {
        if (w == 1) {
            for (int i = from; i < lim; i++) {
                if (buf[i] == '\n') {
                    return i;
                }
            }
            return -1;
        }
        for (int i = from; i + w <= lim; i += w) {
            if (matchesAt(i)) {
                return i;
            }
        }
        return -1;
    }

    private int tail(int size, boolean over) {
        int rest = lim - pos;
        if (!over && rest > 0 && size + rest <= maxBytes) {
            if (size + rest > line.length) {
                line = Arrays.copyOf(line, size + rest);
            }
            System.arraycopy(buf, pos, line, size, rest);
            size += rest;
        }
        pos = lim;
        return size;
    }

    private Line decode(int size, long lineStart) {
        if (decoder == null) {
            decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        }
        CharsetDecoder dec = decoder.reset();
        ByteBuffer bytes = ByteBuffer.wrap(line, 0, size);
        CharBuffer chars = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, (long) size + 1));
        CoderResult r = dec.decode(bytes, chars, true);
        if (!r.isError()) {
            r = dec.flush(chars);
        }
        if (r.isError()) {
            return new Line(lineNo, null, chars.position() + 1, "invalid " + name + " at byte "
                    + (lineStart + bytes.position()) + " of the file (Slant reads UTF-8, or UTF-16/UTF-32 with a "
                    + "byte-order mark; convert with iconv)");
        }
        chars.flip();
        return new Line(lineNo, chars.toString(), 0, null);
    }

    /** Reads the byte-order mark, if any, once. */
    private void start() throws IOException {
        if (started) {
            return;
        }
        started = true;
        fill(4);
        int n = lim - pos;
        int b0 = n > 0 ? buf[pos] & 0xFF : -1;
        int b1 = n > 1 ? buf[pos + 1] & 0xFF : -1;
        int b2 = n > 2 ? buf[pos + 2] & 0xFF : -1;
        int b3 = n > 3 ? buf[pos + 3] & 0xFF : -1;
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
            use(4, "UTF-32LE", new byte[]{'\n', 0, 0, 0});
        } else if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
            use(4, "UTF-32BE", new byte[]{0, 0, 0, '\n'});
        } else if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            pos += 3;
        } else if (b0 == 0xFF && b1 == 0xFE) {
            use(2, "UTF-16LE", new byte[]{'\n', 0});
        } else if (b0 == 0xFE && b1 == 0xFF) {
            use(2, "UTF-16BE", new byte[]{0, '\n'});
        }
    }

    private void use(int bom, String charsetName, byte[] nl) {
        pos += bom;
        charset = Charset.forName(charsetName);
        name = charsetName;
        newline = nl;
    }

    private int unit() {
        return newline.length;
    }

    private boolean matchesAt(int at) {
        for (int i = 0; i < newline.length; i++) {
            if (buf[at + i] != newline[i]) {
                return false;
            }
        }
        return true;
    }

    /** Makes at least {@code need} bytes available at pos; false at the end of the file (fewer left). */
    private boolean fill(int need) throws IOException {
        if (lim - pos >= need) {
            return true;
        }
        int keep = lim - pos;
        System.arraycopy(buf, pos, buf, 0, keep);
        offset += pos;
        pos = 0;
        lim = keep;
        while (lim < need) {
            int r = in.read(buf, lim, buf.length - lim);
            if (r < 0) {
                return false;
            }
            lim += r;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
