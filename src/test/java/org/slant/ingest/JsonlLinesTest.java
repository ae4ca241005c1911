package org.slant.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Line splitting and decoding across buffer boundaries, in every accepted encoding, however the bytes arrive. */
class JsonlLinesTest {

    private static final String[] PIECES = {"a", "b c", "é", "€", "😀", "\u0a0a", "\u0100", "\"", "{", "\t", "\r"};

    @ParameterizedTest
    @CsvSource({"UTF-8, 65536", "UTF-8, 7", "UTF-16LE, 65536", "UTF-16BE, 5", "UTF-32LE, 65536", "UTF-32BE, 3"})
    void everyLineComesBackWhole(String charset, int chunk) throws IOException {
        Random rnd = new Random(charset.hashCode() + chunk);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder();
            int n = rnd.nextInt(i % 97 == 0 ? 30_000 : 120); // some lines much longer than the 64 KiB buffer
            for (int k = 0; k < n; k++) {
                b.append(PIECES[rnd.nextInt(PIECES.length)]);
            }
            lines.add(b.toString());
        }
        lines.set(lines.size() - 1, lines.get(lines.size() - 1) + "z"); // a last line, even without its newline
        Charset cs = Charset.forName(charset);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("\uFEFF".getBytes(cs));
        out.writeBytes(String.join("\n", lines).getBytes(cs)); // the last line has no newline
        List<String> read = new ArrayList<>();
        try (JsonlLines r = new JsonlLines(new Trickle(new ByteArrayInputStream(out.toByteArray()), chunk), 1L << 30)) {
            JsonlLines.Line l;
            while ((l = r.next()) != null) {
                assertNull(l.error(), () -> "line " + read.size() + 1);
                assertEquals(read.size() + 1, l.number());
                read.add(l.text());
            }
        }
        assertEquals(lines, read);
    }

    /** A stream that hands out at most {@code chunk} bytes per read, as a slow pipe would. */
    private static final class Trickle extends FilterInputStream {
        private final int chunk;

        Trickle(InputStream in, int chunk) {
            super(in);
            this.chunk = chunk;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, chunk));
        }
    }
}
