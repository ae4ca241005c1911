package org.slant.text;

/**
 * A message as exactly one line of plain text, for standard error and the command's own lines on standard
 * output. File names may hold any character but '/' and NUL: a name with a newline would otherwise print a
 * second line that looks like another error (or a forged "ok"), and terminal controls or bidirectional
 * overrides could make the line read as something it is not. Such characters are written as escapes
 * (backslash-n, -r, -t, else backslash-u and four hex digits); every other character is kept.
 */
public final class OneLine {

    private OneLine() {
    }

    public static String of(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lone = Character.isHighSurrogate(c)
                    ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
            if (!lone && !dangerous(c)) {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            if (b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(String.format("\\u%04X", (int) c));
            }
        }
        return b == null ? s : b.toString();
    }

    /**
     * Characters that break a line or change how the rest of it shows: controls (C0, DEL, C1), the line and
     * paragraph separators, and the bidirectional marks and overrides ("Trojan Source").
     */
    public static boolean dangerous(char c) {
        return Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E' || c == '\u200F' || c == '\u061C' || c == '\u2028' || c == '\u2029'
                || c == '\uFEFF';
    }
}
