package org.slant.text;

import java.util.Locale;
import java.util.Set;

/**
 * Where the {@link Tokenizer}'s words, numbers and clitics end, on a text's characters: a word runs over
 * letters, digits and marks, through an apostrophe or a dot that leads on to a letter (don't, U.S).
 */
final class WordScanner {

    private static final Set<String> CLITICS = Set.of("s", "re", "ve", "ll", "d", "m");

    private WordScanner() {
    }

    static int scanWord(char[] text, int i, int to) {
        int j = i;
        while (j < to) {
            char c0 = text[j];
            if ((c0 >= 'a' && c0 <= 'z') || (c0 >= 'A' && c0 <= 'Z') || (c0 >= '0' && c0 <= '9')) {
                j++;   // ASCII letter or digit: the common case, without the code point and type lookups
                continue;
            }
            if (c0 == ' ') {
                break;   // the usual end of a word: no letter, digit, mark, apostrophe or dot
            }
            if (c0 < 0x80 || c0 >= '\u2000' && c0 <= '\u206F') {
                // the other usual ends (a comma, a full stop, a line break, a curly quote, a dash): ASCII and
                // General Punctuation hold no letter, digit or mark but ASCII's letters and digits, so the word
                // ends here save at an apostrophe or a dot before a letter (don't, U.S), and the character-type
                // look-ups below (calls under C1) are asked only there (issue 21)
                char next = j + 1 < to ? text[j + 1] : ' ';
                boolean asciiNonLetterNext = next < 0x80 && !(next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z');
                if (c0 != '\'' && c0 != '\u2019' && c0 != '.' || asciiNonLetterNext) {
                    break;
                }
            }
            int cp = Character.isHighSurrogate(c0) ? Character.codePointAt(text, j) : c0;
            if (Character.isLetterOrDigit(cp) || isMark(cp)) {
                j += Character.charCount(cp);
                continue;
            }
            char c = text[j];
            if (Tokenizer.isApostrophe(c) && j + 1 < to && Character.isLetter(Character.codePointAt(text, j + 1))
                    && !isClitic(text, j + 1, to)) {
                j++; // don't, O'Brien
                continue;
            }
            if (c == '.' && j + 1 < to && Character.isLetter(Character.codePointAt(text, j + 1))
                    && isInitialism(text, i, j)) {
                j++; // U.S, U.K, e.g
                continue;
            }
            break;
        }
        return j;
    }

    /** An initialism so far: single letters separated by dots (U, U.S). */
    private static boolean isInitialism(char[] text, int start, int dot) {
        int letters = 0;
        for (int k = start; k < dot; k++) {
            char c = text[k];
            if (c == '.') {
                if (letters != 1) {
                    return false;
                }
                letters = 0;
            } else {
                letters++;
            }
        }
        return letters == 1;
    }

    static int scanNumber(char[] text, int i, int to) {
        int j = i;
        while (j < to) {
            char c = text[j];
            if (Character.isDigit(c)) {
                j++;
            } else if ((c == ',' || c == '.') && j + 1 < to && Character.isDigit(text[j + 1])) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    static int scanLetters(char[] text, int i, int to) {
        int j = i;
        while (j < to && Character.isLetter(text[j])) {
            j++;
        }
        return j;
    }

    /** A clitic ('s, 're, 've, 'll, 'd, 'm) followed by a non-letter. */
    static boolean isClitic(char[] text, int i, int to) {
        int j = scanLetters(text, i, to);
        if (j == i || j - i > 2) {
            return false;
        }
        if (j < to && Character.isLetterOrDigit(text[j])) {
            return false;
        }
        return CLITICS.contains(new String(text, i, j - i).toLowerCase(Locale.ROOT));
    }

    static boolean isWordStart(char[] text, int i) {
        return Character.isLetterOrDigit(Character.codePointAt(text, i));
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }
}
