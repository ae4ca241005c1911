package org.slant.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rule-based sentence splitting over tokens. A sentence ends at . ! ? or … (with any closing quotes or
 * brackets after it) when the next token opens a new sentence, and always at a blank line. Abbreviations
 * (Mr., Gen., U.S.) and single initials do not end a sentence.
 */
public final class SentenceSplitter {

    /** Abbreviations written with a full stop that rarely end a sentence (lower case, no dot). */
    static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj",
            "gov", "sen", "rep", "rev", "hon", "pres", "jr", "sr", "sec", "amb", "insp", "supt", "fr",
            "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "est", "approx", "fig", "vol", "ed",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft",
            "u.s", "u.k", "u.n", "e.u", "e.g", "i.e", "a.m", "p.m", "d.c", "u.s.a");

    private SentenceSplitter() {
    }

    public static List<Sentence> split(CharSequence text, List<Token> tokens) {
        List<Sentence> out = new ArrayList<>();
        int n = tokens.size();
        int first = 0;
        for (int i = 0; i < n; i++) {
            boolean boundary = false;
            int last = i;
            Token t = tokens.get(i);
            if (isTerminal(t) && !isAbbreviationDot(text, tokens, i)) {
                // absorb closing quotes, brackets and further terminals: said." / ?!
                while (last + 1 < n && adjacent(tokens.get(last), tokens.get(last + 1))
                        && (isCloser(tokens.get(last + 1)) || isTerminal(tokens.get(last + 1)))) {
                    last++;
                }
                boundary = last + 1 >= n || opensSentence(text, tokens.get(last + 1))
                        && !adjacent(tokens.get(last), tokens.get(last + 1));
            }
            if (!boundary && last + 1 < n && blankLineBetween(text, tokens.get(last).end(), tokens.get(last + 1).start())) {
                boundary = true;
            }
            if (boundary || last + 1 >= n) {
                out.add(new Sentence(out.size(), tokens.get(first).start(), tokens.get(last).end(), first, last + 1));
                first = last + 1;
            }
            i = last;
        }
        return out;
    }

    private static boolean isTerminal(Token t) {
        return t.type() == Token.Type.PUNCT && (t.is(".") || t.is("!") || t.is("?") || t.is("…"));
    }

    private static boolean isCloser(Token t) {
        if (t.type() != Token.Type.PUNCT) {
            return false;
        }
        String s = t.norm();
        return s.equals("\"") || s.equals("'") || s.equals(")") || s.equals("]");
    }

    /** A full stop right after an abbreviation or a single capital initial. */
    private static boolean isAbbreviationDot(CharSequence text, List<Token> tokens, int i) {
        if (!tokens.get(i).is(".") || i == 0) {
            return false;
        }
        Token prev = tokens.get(i - 1);
        if (prev.end() != tokens.get(i).start() || !prev.isWord()) {
            return false;
        }
        if (ABBREVIATIONS.contains(prev.norm())) {
            return true;
        }
        return prev.length() == 1 && Character.isUpperCase(text.charAt(prev.start()));
    }

    private static boolean opensSentence(CharSequence text, Token t) {
        if (t.type() == Token.Type.WORD) {
            return !Character.isLowerCase(Character.codePointAt(text, t.start()));
        }
        if (t.type() == Token.Type.NUMBER || t.type() == Token.Type.SYMBOL) {
            return true;
        }
        String s = t.norm();
        return s.equals("\"") || s.equals("'") || s.equals("(") || s.equals("[") || s.equals("—")
                || s.equals("–") || s.equals("*") || s.equals("-");
    }

    private static boolean adjacent(Token a, Token b) {
        return a.end() == b.start();
    }

    static boolean blankLineBetween(CharSequence text, int from, int to) {
        if (to - from < 2) {
            return false;   // most gaps are one space: no room for two line breaks, and no charAt call (issue 21)
        }
        int newlines = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\u2029') {
                newlines++;
                if (newlines >= 2) {
                    return true;
                }
            } else if (c == '\r') {
                continue;
            } else if (!BlockSplitter.isSpace(c)) {
                newlines = 0;
            }
        }
        return false;
    }
}
