package org.slant.report.json;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * The buffer's bytes are the JDK's UTF-8 encoding of what was written (an unpaired surrogate as '?', as
 * {@link String#getBytes} gives it), however the text is cut into writes: on random text of ASCII, two- and
 * three-byte characters, surrogate pairs and lone surrogates.
 */
class Utf8BufferTest {

    private static final char[] CHARS = {'a', 'Z', ' ', '"', '\n', '\u00e9', '\u00ff', '\u07ff', '\u0800', '\u2019',
        '\u201c', '\u2014', '\uffff', '\ud83d', '\ude00', '\ud800', '\udfff'};

    @Test
    void bytesAreTheJdksUtf8OfTheTextWrittenInAnyPieces() {
        Random r = new Random(21);
        for (int round = 0; round < 3000; round++) {
            char[] c = new char[r.nextInt(60)];
            for (int i = 0; i < c.length; i++) {
                c[i] = CHARS[r.nextInt(CHARS.length)];
            }
            String s = new String(c);
            Utf8Buffer b = new Utf8Buffer();
            int i = 0;
            while (i < c.length) {
                int len = Math.min(c.length - i, r.nextInt(8));
                switch (r.nextInt(4)) {
                    case 0 -> b.write(c, i, len);
                    case 1 -> b.write(s, i, len);
                    case 2 -> {
                        b.write(c[i]);
                        len = 1;
                    }
                    default -> b.append(s.substring(i, i + len));
                }
                i += len;
            }
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), b.toByteArray(), s);
        }
    }
}
