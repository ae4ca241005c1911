package org.slant.ingest;

/**
 * Cheap necessary conditions around a clue's word ({@link ClueWindows.Follow}): what the clue's pattern needs
 * right before or after the word, read character by character. Each may let through a word the pattern does
 * not then match, never the reverse, so outlet inference finds what it found before; they only spare RE2 the
 * windows of words that cannot be part of a clue ("it has established", "in May", "the original idea"), which
 * were most of its work on real news text (issue 21). Character classes follow RE2's: {@code \s} is
 * {@code [\t\n\f\r ]}, {@code \d} is {@code [0-9]}; a class with Unicode members ({@code \p{Lu}}) is taken as
 * possible for any non-ASCII character.
 */
final class ClueChecks {

    private ClueChecks() {
    }

    /** After "told": white space, then a name (a capital, or "the"). */
    static boolean nameFollows(String raw, int start, int end) {
        int k = end;
        while (k < raw.length() && Character.isWhitespace(raw.charAt(k))) {
            k++;
        }
        return k > end && k < raw.length() && (Character.isUpperCase(raw.charAt(k)) || raw.charAt(k) == 't');
    }

    /**
     * A dateline's month ("Reuters, May 3, 2024"): a comma and spaces or tabs before it; after its first three
     * letters, the rest of its name, an optional full stop, spaces, one or two digits, a comma, spaces and four
     * digits.
     */
    static boolean dateline(String raw, int start, int end) {
        int b = start;
        while (b > 0 && isBlank(raw.charAt(b - 1))) {
            b--;
        }
        if (b == start || b == 0 || raw.charAt(b - 1) != ',') {
            return false;
        }
        int k = end;
        while (k < raw.length() && k - end < 6 && Character.isLowerCase(raw.charAt(k))) {
            k++;
        }
        if (k < raw.length() && raw.charAt(k) == '.') {
            k++;
        }
        int spaces = k;
        k = skipBlanks(raw, k);
        if (k == spaces || !isDigit(raw, k)) {
            return false;
        }
        k++;
        if (isDigit(raw, k)) {
            k++;
        }
        if (k >= raw.length() || raw.charAt(k) != ',') {
            return false;
        }
        int afterComma = k + 1;
        k = skipBlanks(raw, afterComma);
        return k > afterComma && isDigit(raw, k) && isDigit(raw, k + 1) && isDigit(raw, k + 2) && isDigit(raw, k + 3);
    }

    /**
     * "X understands / has learned / can reveal...": a word boundary after the word; "has" or "can" before the
     * words that need it; then white space, and before it a run of name characters holding a possible capital
     * (the pattern's name ends with a word that starts with one).
     */
    static boolean selfMention(String raw, int start, int end) {
        if (end < raw.length() && ClueWindows.isWordChar(raw.charAt(end))) {
            return false;
        }
        String w = raw.substring(start, end);
        int phrase = start;
        if (!w.equals("understands")) {
            String aux = w.equals("reveal") || w.equals("disclose") ? "can" : "has";
            int b = skipSpaceBack(raw, start);
            if (b == start || b < aux.length() || !raw.startsWith(aux, b - aux.length())) {
                return false;
            }
            phrase = b - aux.length();
        }
        int b = skipSpaceBack(raw, phrase);
        if (b == phrase) {
            return false;
        }
        for (int k = b - 1; k >= 0 && isNameChar(raw.charAt(k)); k--) {
            char c = raw.charAt(k);
            if (c >= 128 || (c >= 'A' && c <= 'Z')) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Original url: https://...": after the word, within the reach of a window, a run of letters, white space,
     * colons and angle brackets that holds "http" (the pattern allows nothing else between them).
     */
    static boolean addressFollows(String raw, int start, int end) {
        int to = Math.min(raw.length(), end + ClueWindows.REACH);
        int seen = 0;
        for (int k = end; k < to; k++) {
            char c = raw.charAt(k);
            char l = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            if ("http".charAt(seen) == l) {
                if (++seen == 4) {
                    return true;
                }
            } else {
                seen = l == 'h' ? 1 : 0;
            }
            if (!(l >= 'a' && l <= 'z') && !isSpace(c) && c != ':' && c != '<') {
                return false;
            }
        }
        return false;
    }

    /** "Published by": spaces or tabs after "published", then "by" in any case. */
    static boolean byFollows(String raw, int start, int end) {
        int k = skipBlanks(raw, end);
        return k > end && k + 1 < raw.length() && (raw.charAt(k) | 32) == 'b' && (raw.charAt(k + 1) | 32) == 'y';
    }

    private static int skipBlanks(String raw, int k) {
        while (k < raw.length() && isBlank(raw.charAt(k))) {
            k++;
        }
        return k;
    }

    private static int skipSpaceBack(String raw, int k) {
        while (k > 0 && isSpace(raw.charAt(k - 1))) {
            k--;
        }
        return k;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /** RE2's {@code \s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    private static boolean isDigit(String raw, int k) {
        return k < raw.length() && raw.charAt(k) >= '0' && raw.charAt(k) <= '9';
    }

    /** A character of a name word ({@code [\p{L}\p{N}&'’.\-]}), any non-ASCII one taken as possible. */
    private static boolean isNameChar(char c) {
        return c >= 128 || Character.isLetterOrDigit(c) || c == '&' || c == '\'' || c == '.' || c == '-';
    }
}
