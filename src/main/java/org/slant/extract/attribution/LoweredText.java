package org.slant.extract.attribution;

import java.util.Locale;

/**
 * Whether a part of a text, lower-cased as {@code String.toLowerCase(Locale.ROOT)} would, contains a string,
 * found without copying or lowering the part: each character is lowered on its own as it is compared. That is
 * the whole string's lowering for every character but a few ({@link #special}), and a part holding one of those
 * before a match is found is lowered as a whole instead, so the answer is always the same as
 * {@code raw.substring(from, to).toLowerCase(Locale.ROOT).contains(s)}.
 */
final class LoweredText {

    private LoweredText() {
    }

    /**
     * Whether {@code raw[from, to)} lower-cased contains {@code s} (non-empty). Read from a char array: under the
     * launcher's quick compiler (C1) {@code String.charAt} on a text with a character beyond Latin-1 is a call.
     */
    static boolean contains(char[] raw, int from, int to, String s) {
        int n = s.length();
        char first = s.charAt(0);
        for (int i = from; i < to; i++) {
            char c = raw[i];
            if (special(c)) {
                return new String(raw, from, to - from).toLowerCase(Locale.ROOT).contains(s);
            }
            if (lower(c) != first || to - i < n) {
                continue;
            }
            int k = 1;
            while (k < n) {
                char d = raw[i + k];
                if (special(d)) {
                    return new String(raw, from, to - from).toLowerCase(Locale.ROOT).contains(s);
                }
                if (lower(d) != s.charAt(k)) {
                    break;
                }
                k++;
            }
            if (k == n) {
                return true;
            }
        }
        return false;
    }

    /**
     * The characters whose lower case {@code String.toLowerCase(Locale.ROOT)} does not take from the character
     * alone (U+0130 becomes two characters, the capital sigma depends on its neighbours) and surrogates (a
     * supplementary character is lowered as a whole).
     */
    private static boolean special(char c) {
        return c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c);
    }

    private static char lower(char c) {
        return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
    }
}
