package org.slant.text;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small rule-based tokenizer for English news text, linear in the text length.
 * Words keep internal apostrophes (don't, O'Brien) but clitics split off (Kiev's gives Kiev + 's), so a
 * lexicon entry matches the possessive form too. A hyphen between two word characters glues the two
 * words ("neo-Nazi", "war-chest") and is not a token. Dots inside initialisms stay (U.S, U.K).
 */
public final class Tokenizer {

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
                int end = WordScanner.scanWord(text, i, to);
                out.add(scratch.token(text, base, i, end, Token.Type.WORD, glueNext));
                glueNext = false;
                i = end;
            } else if (Character.isDigit(cp)) {
                int end = WordScanner.scanNumber(text, i, to);
                Token.Type type = Token.Type.NUMBER;
                // Alphanumerics such as "G20", "2nd", "F-16" parts: keep letters after digits in one word.
                if (end < to && Character.isLetter(Character.codePointAt(text, end))) {
                    end = WordScanner.scanWord(text, end, to);
                    type = Token.Type.WORD;
                }
                out.add(scratch.token(text, base, i, end, type, glueNext));
                glueNext = false;
                i = end;
            } else if (isHyphen(c) && !out.isEmpty() && out.get(out.size() - 1).end() == base + i
                    && out.get(out.size() - 1).isWord() && i + 1 < to && WordScanner.isWordStart(text, i + 1)) {
                glueNext = true; // word-internal hyphen: no token, next word is glued
                i++;
            } else if (isApostrophe(c) && i + 1 < to && WordScanner.isClitic(text, i + 1, to)
                    && !out.isEmpty() && out.get(out.size() - 1).end() == base + i && out.get(out.size() - 1).isWord()) {
                int end = WordScanner.scanLetters(text, i + 1, to);
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
