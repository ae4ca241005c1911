package org.slant.text;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A small rule-based tokenizer for English news text, linear in the text length.
 * Words keep internal apostrophes (don't, O'Brien) but clitics split off (Kiev's gives Kiev + 's), so a
 * lexicon entry matches the possessive form too. A hyphen between two word characters glues the two
 * words ("neo-Nazi", "war-chest") and is not a token. Dots inside initialisms stay (U.S, U.K).
 */
public final class Tokenizer {

    private static final Set<String> CLITICS = Set.of("s", "re", "ve", "ll", "d", "m");

    private Tokenizer() {
    }

    public static List<Token> tokenize(CharSequence text) {
        return tokenize(text, 0, text.length());
    }

    public static List<Token> tokenize(CharSequence text, int from, int to) {
        // read from a char array (see TextChars), with one character past `to`: a surrogate pair that
        // straddles `to` is read whole, as Character.codePointAt(text, i) read it
        char[] a = TextChars.of(text, from, Math.max(from, Math.min(to + 1, text.length())));
        return tokenize(a, 0, to - from, from);
    }

    /**
     * The tokens of {@code text[from, to)}, where {@code text[k]} is the character at offset {@code base + k} of
     * the text (token offsets are those), given with the character after {@code to} when the text has one: for
     * a caller that reads a text's blocks one by one from one copy of its characters ({@link TextChars#of}).
     */
    public static List<Token> tokenize(char[] text, int from, int to, int base) {
        List<Token> out = new ArrayList<>(Math.max(4, (to - from) / 5));
        TokenMaker scratch = new TokenMaker();
        int i = from;
        boolean glueNext = false;
        while (i < to) {
            char c = text[i];
            if (BlockSplitter.isSpace(c)) {
                glueNext = false;
                i++;
                continue;
            }
            int cp = Character.isHighSurrogate(c) ? Character.codePointAt(text, i) : c;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 && Character.isLetter(cp)) {
                int end = scanWord(text, i, to);
                out.add(scratch.token(text, base, i, end, Token.Type.WORD, glueNext));
                glueNext = false;
                i = end;
            } else if (Character.isDigit(cp)) {
                int end = scanNumber(text, i, to);
                Token.Type type = Token.Type.NUMBER;
                // Alphanumerics such as "G20", "2nd", "F-16" parts: keep letters after digits in one word.
                if (end < to && Character.isLetter(Character.codePointAt(text, end))) {
                    end = scanWord(text, end, to);
                    type = Token.Type.WORD;
                }
                out.add(scratch.token(text, base, i, end, type, glueNext));
                glueNext = false;
                i = end;
            } else if (isHyphen(c) && !out.isEmpty() && out.get(out.size() - 1).end() == base + i
                    && out.get(out.size() - 1).isWord() && i + 1 < to && isWordStart(text, i + 1)) {
                glueNext = true; // word-internal hyphen: no token, next word is glued
                i++;
            } else if (isApostrophe(c) && i + 1 < to && isClitic(text, i + 1, to)
                    && !out.isEmpty() && out.get(out.size() - 1).end() == base + i && out.get(out.size() - 1).isWord()) {
                int end = scanLetters(text, i + 1, to);
                String clitic = "'" + norm(text, i + 1, end);
                out.add(new Token(base + i, base + end, Token.Type.WORD, clitic, false, Forms.used() ? Forms.of(clitic) : -1));
                i = end;
            } else {
                int len = Character.charCount(cp);
                Token.Type type = isPunctuation(cp) ? Token.Type.PUNCT : Token.Type.SYMBOL;
                out.add(c < 0x80 ? scratch.token(text, base, i, i + 1, type, false)
                        : TokenMaker.punctuation(type, punctNorm(c, text, i, len), base + i, len));
                glueNext = false;
                i += len;
            }
        }
        return out;
    }

    private static int scanWord(char[] text, int i, int to) {
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
            if (isApostrophe(c) && j + 1 < to && Character.isLetter(Character.codePointAt(text, j + 1))
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

    private static int scanNumber(char[] text, int i, int to) {
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

    private static int scanLetters(char[] text, int i, int to) {
        int j = i;
        while (j < to && Character.isLetter(text[j])) {
            j++;
        }
        return j;
    }

    /** A clitic ('s, 're, 've, 'll, 'd, 'm) followed by a non-letter. */
    private static boolean isClitic(char[] text, int i, int to) {
        int j = scanLetters(text, i, to);
        if (j == i || j - i > 2) {
            return false;
        }
        if (j < to && Character.isLetterOrDigit(text[j])) {
            return false;
        }
        return CLITICS.contains(new String(text, i, j - i).toLowerCase(Locale.ROOT));
    }

    private static boolean isWordStart(char[] text, int i) {
        return Character.isLetterOrDigit(Character.codePointAt(text, i));
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }

    public static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    public static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    private static boolean isPunctuation(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static String punctNorm(char c, char[] text, int i, int len) {
        return switch (c) {
            case '\u2019', '\u2018', '\u02BC' -> "'";
            case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> "\"";
            default -> new String(text, i, len);
        };
    }

    /** The matching form of a word: lower case, apostrophes straightened, accents removed. */
    public static String norm(CharSequence text, int from, int to) {
        return norm(TextChars.of(text, from, to), 0, to - from);
    }

    static String norm(char[] text, int from, int to) {
        // ASCII (most words): lowered while copied into Latin-1 bytes, as toLowerCase(ROOT) would give; a
        // Latin-1 string is made from them with one copy (from chars it would be a copy and a compression pass).
        // A curly apostrophe ("don’t") is straightened here, as the general path below does, without NFD.
        byte[] lowered = new byte[to - from];
        boolean ascii = true;
        for (int k = from; k < to; k++) {
            char c = text[k];
            if (c >= 0x80) {
                if (c == '\u2019' || c == '\u02BC' || c == '\u2018') {
                    lowered[k - from] = '\'';
                    continue;
                }
                ascii = false;
                break;
            }
            lowered[k - from] = (byte) (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        if (ascii) {
            return new String(lowered, StandardCharsets.ISO_8859_1);
        }
        String s = new String(text, from, to - from);
        s = s.replace('\u2019', '\'').replace('\u02BC', '\'').replace('\u2018', '\'');
        String folded = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(folded.length());
        for (int k = 0; k < folded.length(); k++) {
            char ch = folded.charAt(k);
            if (Character.getType(ch) != Character.NON_SPACING_MARK) {
                b.append(ch);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** Number of words in a text, as {@link Token#countsAsWord()} counts them. */
    public static int countWords(CharSequence text) {
        int n = 0;
        for (Token t : tokenize(text)) {
            if (t.countsAsWord()) {
                n++;
            }
        }
        return n;
    }
}
