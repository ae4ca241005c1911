package org.slant.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Turns file bytes into text. Accepted: UTF-8 with or without a byte-order mark, UTF-16 (LE or BE) and
 * UTF-32 with a byte-order mark. Anything else is refused, never guessed: invalid UTF-8 is reported with
 * the byte offset of the first bad sequence, and bytes that look binary (NUL bytes, many control
 * characters) are refused as binary. The BOM is not part of the text.
 */
public final class TextDecoder {

    private TextDecoder() {
    }

    public static String decode(byte[] bytes) throws UndecodableTextException, CharacterCodingException {
        int n = bytes.length;
        if (n >= 4 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE && bytes[2] == 0 && bytes[3] == 0) {
            return strict(bytes, 4, Charset.forName("UTF-32LE"), "UTF-32LE");
        }
        if (n >= 4 && bytes[0] == 0 && bytes[1] == 0 && (bytes[2] & 0xFF) == 0xFE && (bytes[3] & 0xFF) == 0xFF) {
            return strict(bytes, 4, Charset.forName("UTF-32BE"), "UTF-32BE");
        }
        if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return checkText(strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8"));
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return checkText(strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE"));
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return checkText(strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE"));
        }
        if (looksBinary(bytes)) {
            throw new UndecodableTextException("binary file (NUL or control bytes), not a text article");
        }
        return checkText(strict(bytes, 0, StandardCharsets.UTF_8, "UTF-8"));
    }

    private static String strict(byte[] bytes, int offset, Charset cs, String name) throws UndecodableTextException {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            CharBuffer out = dec.decode(in);
            return out.toString();
        } catch (MalformedInputException e) {
            throw new UndecodableTextException("invalid " + name + " at byte " + in.position()
                    + " (Slant reads UTF-8, or UTF-16/UTF-32 with a byte-order mark; convert with iconv)");
        } catch (CharacterCodingException e) {
            throw new UndecodableTextException("invalid " + name + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** NUL bytes, or more than 5% control bytes other than tab, CR, LF and form feed in the first 8 KiB. */
    public static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }

    /** Text decoded from a BOM'd encoding can still be binary junk; refuse NULs there too. */
    private static String checkText(String s) throws UndecodableTextException {
        int n = Math.min(s.length(), 8192);
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) == '\0') {
                throw new UndecodableTextException("binary file (NUL characters), not a text article");
            }
        }
        return s;
    }
}
