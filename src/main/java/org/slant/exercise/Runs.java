package org.slant.exercise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts a stretch of raw text into runs: plain text between marks, and each mark as a bold run, a numbered
 * run, or a replacement (a masked outlet name). Whitespace runs become one space. Marks that overlap an
 * earlier one are left out, so no text is shown twice.
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
        List<Mark> sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.comparingInt(Mark::start).thenComparingInt(Mark::end));
        List<Part.Run> out = new ArrayList<>();
        int at = from;
        for (Mark m : sorted) {
            if (m.start() < at || m.start() < from || m.end() > to) {
                continue;
            }
            if (m.start() > at) {
                out.add(Part.Run.plain(squash(raw.substring(at, m.start()))));
            }
            String text = m.replace() != null ? m.replace() : squash(raw.substring(m.start(), m.end()));
            out.add(new Part.Run(text, m.strong(), m.marker()));
            at = m.end();
        }
        if (at < to) {
            out.add(Part.Run.plain(squash(raw.substring(at, to))));
        }
        return out;
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
