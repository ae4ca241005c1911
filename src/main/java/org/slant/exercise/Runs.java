package org.slant.exercise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts a stretch of raw text into runs: plain text between marks, and each mark as a bold run, a numbered
 * run, or a replacement (a masked outlet name). Whitespace runs become one space. Marks that overlap an
 * earlier one are left out, so no text is shown twice. Markdown links read as their words: the brackets and
 * the address of {@code [Chad](#)} are not shown (scraped articles often keep them).
 */
final class Runs {

    /**
     * A mark on [start, end). {@code marker} is printed before it; {@code strong} sets it in bold;
     * {@code replace}, when not null, is shown instead of the text.
     */
    record Mark(int start, int end, String marker, boolean strong, String replace) {
        static Mark numbered(int at, String marker) {
            return new Mark(at, at, marker, false, null);
        }

        static Mark bold(int start, int end, String marker) {
            return new Mark(start, end, marker, true, null);
        }

        static Mark masked(int start, int end, String with) {
            return new Mark(start, end, null, true, with);
        }
    }

    private Runs() {
    }

    static List<Part.Run> of(String raw, int from, int to, List<Mark> marks) {
        boolean[] hidden = linkSyntax(raw, from, to);
        List<Mark> sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.comparingInt(Mark::start).thenComparingInt(Mark::end));
        List<Part.Run> out = new ArrayList<>();
        int at = from;
        for (Mark m : sorted) {
            if (m.start() < at || m.start() < from || m.end() > to) {
                continue;
            }
            if (m.start() > at) {
                out.add(Part.Run.plain(squash(visible(raw, at, m.start(), from, hidden))));
            }
            String text = m.replace() != null ? m.replace() : squash(visible(raw, m.start(), m.end(), from, hidden));
            out.add(new Part.Run(text, m.strong(), m.marker()));
            at = m.end();
        }
        if (at < to) {
            out.add(Part.Run.plain(squash(visible(raw, at, to, from, hidden))));
        }
        return out;
    }

    /** The characters of [a, b) that are not link syntax ({@code hidden} is indexed from {@code from}). */
    private static String visible(String raw, int a, int b, int from, boolean[] hidden) {
        StringBuilder out = new StringBuilder(b - a);
        for (int i = a; i < b; i++) {
            if (!hidden[i - from]) {
                out.append(raw.charAt(i));
            }
        }
        return out.toString();
    }

    /**
     * Marks the syntax of Markdown links {@code [words](address)} in [from, to): the brackets and the address,
     * not the words. One pass with bounded look-ahead (a link's words and address are short and on one line).
     */
    static boolean[] linkSyntax(String raw, int from, int to) {
        boolean[] hidden = new boolean[Math.max(0, to - from)];
        int i = from;
        while (i < to) {
            if (raw.charAt(i) != '[') {
                i++;
                continue;
            }
            int close = -1;
            for (int k = i + 1; k < Math.min(to, i + 300); k++) {
                char c = raw.charAt(k);
                if (c == ']') {
                    close = k;
                    break;
                }
                if (c == '[' || c == '\n') {
                    break;
                }
            }
            if (close < 0 || close + 1 >= to || raw.charAt(close + 1) != '(' || close == i + 1) {
                i++;
                continue;
            }
            int end = -1;
            for (int k = close + 2; k < Math.min(to, close + 600); k++) {
                char c = raw.charAt(k);
                if (c == ')') {
                    end = k;
                    break;
                }
                if (Character.isWhitespace(c)) {
                    break;
                }
            }
            if (end < 0) {
                i++;
                continue;
            }
            hidden[i - from] = true;
            for (int k = close; k <= end; k++) {
                hidden[k - from] = true;
            }
            i = end + 1;
        }
        return hidden;
    }

    /** Whitespace runs (line breaks included) as one space; ends are kept, so words stay apart. */
    static String squash(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (!space) {
                    b.append(' ');
                }
                space = true;
            } else {
                b.append(c);
                space = false;
            }
        }
        return b.toString();
    }
}
