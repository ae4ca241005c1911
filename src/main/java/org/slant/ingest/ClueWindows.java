package org.slant.ingest;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import org.slant.lexicon.PatternFilter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Where an outlet clue can be: the lines around a literal word the clue cannot do without ("told",
 * "understands", "©", a month name...). Running each clue's pattern over the whole article made outlet
 * inference two thirds of the analysis time on real news text (issue 21); found by {@code indexOf} and run
 * on a few lines each, the same patterns cost a small fraction of it.
 *
 * <p>A window is the line of the word with {@link #LINES} lines before and after (a name may sit on the line
 * before "understands", a URL a blank line after "Original url:"), and never more than {@link #REACH}
 * characters either way, so a text of one enormous line stays linear. Overlapping windows merge, so no
 * match is found twice. A window cut inside a line (not at a line start or end) drops the matches that
 * touch the cut: they might be the end of a longer match the whole-text scan would have found.
 */
final class ClueWindows {

    /**
     * Lines a window takes on each side of its word's line: a clue's parts may be a paragraph break apart
     * ("Original url:", a blank line, then the address).
     */
    static final int LINES = 3;

    /** How far a window reaches from its word, at most. Five words of a name and a URL fit many times over. */
    static final int REACH = 600;

    /** One match of a clue pattern: its groups' spans, in whole-text offsets. */
    record Match(int[] starts, int[] ends, String[] groups) {
        int start() {
            return starts[0];
        }

        int end() {
            return ends[0];
        }

        int start(int g) {
            return starts[g];
        }

        int end(int g) {
            return ends[g];
        }

        String group(int g) {
            return groups[g];
        }
    }

    private final String raw;

    ClueWindows(String raw) {
        this.raw = raw;
    }

    /** ASCII letters lowered, every other character kept: the same length, so offsets stay the same. */
    static String asciiLower(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= 'A' && c[i] <= 'Z') {
                c[i] = (char) (c[i] + 32);
            }
        }
        return new String(c);
    }

    /**
     * Runs the pattern in the windows around every occurrence of the words ({@code ignoreCase}: ASCII case
     * ignored; the words then given in lower case) and hands each match over, in text order.
     */
    void find(Pattern pattern, boolean ignoreCase, List<String> words, Consumer<Match> out) {
        find(pattern, ignoreCase, words, null, false, out);
    }

    /**
     * What must surround a word for its clue to be possible, checked before any window is made: a necessary
     * condition only (it may let through a word the pattern then does not match, never the reverse), so the
     * matches stay those of the pattern over the windows. Most occurrences of common words ("told",
     * "established", "May") fail it, and a window not made is text RE2 does not read.
     */
    interface Follow {
        boolean at(String raw, int start, int end);
    }

    /**
     * As {@link #find(Pattern, boolean, List, Consumer)}, keeping only the words the check lets through.
     * {@code wordStart}: a match counts only where a word may start (RE2's {@code \b} before it), checked here
     * instead of in the pattern: a pattern that begins with a literal word lets RE2 jump from one occurrence of
     * it to the next by {@code indexOf}, where a leading {@code \b} makes it step its automaton through every
     * character of the window. A match without the boundary is dropped and the search goes on from the next
     * character, so the matches are those of the pattern with the {@code \b}.
     */
    void find(Pattern pattern, boolean ignoreCase, List<String> words, Follow follow, boolean wordStart,
              Consumer<Match> out) {
        // one index, of the lowered text: a word's exact occurrences are among those of its lowered form
        PairIndex index = lowerIndex();
        List<int[]> hits = new ArrayList<>();
        for (String w : words) {
            char[] lw = ignoreCase ? ClueWords.asGiven(w) : ClueWords.lowered(w);
            for (int k = index.first(lw); k >= 0; k = index.next(lw, k)) {
                if ((ignoreCase || raw.startsWith(w, k)) && (follow == null || follow.at(raw, k, k + w.length()))) {
                    hits.add(new int[]{k, k + w.length()});
                }
            }
        }
        runIn(pattern, wordStart, windows(hits), out);
    }

    private PairIndex lowerIndex;

    private PairIndex lowerIndex() {
        if (lowerIndex == null) {
            lowerIndex = PairIndex.asciiLowered(raw);
        }
        return lowerIndex;
    }

    /** Runs the pattern in the windows around every line that starts (after spaces or tabs) with one of the words. */
    void findAtLineStart(Pattern pattern, List<String> words, Consumer<Match> out) {
        boolean wordStart = false;
        List<int[]> hits = new ArrayList<>();
        int n = raw.length();
        for (int line = 0; line < n; ) {
            int k = line;
            while (k < n && (raw.charAt(k) == ' ' || raw.charAt(k) == '\t')) {
                k++;
            }
            for (String w : words) {
                if (raw.startsWith(w, k)) {
                    hits.add(new int[]{k, k + w.length()});
                    break;
                }
            }
            int nl = raw.indexOf('\n', k);
            line = nl < 0 ? n : nl + 1;
        }
        runIn(pattern, wordStart, windows(hits), out);
    }

    /** Merged windows around the hits, sorted: {start, end, cutAtStart (1/0), cutAtEnd (1/0)}. */
    private List<int[]> windows(List<int[]> hits) {
        hits.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> out = new ArrayList<>();
        for (int[] h : hits) {
            // line boundaries are looked for within the reach only: a text of one long line stays linear
            int from = Math.max(0, h[0] - REACH);
            int to = Math.min(raw.length(), h[1] + REACH);
            int start = lineStartWithin(h[0], from);
            for (int i = 0; i < LINES && isLineStart(start) && start - 1 >= from && start > 0; i++) {
                start = lineStartWithin(start - 1, from);
            }
            int end = lineEndWithin(h[1], to);
            for (int i = 0; i < LINES && isLineEnd(end) && end + 1 <= to && end < raw.length(); i++) {
                end = lineEndWithin(end + 1, to);
            }
            boolean cutStart = !isLineStart(start);
            boolean cutEnd = !isLineEnd(end);
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && start <= last[1]) {
                if (end > last[1]) {
                    last[1] = end;
                    last[3] = cutEnd ? 1 : 0;
                }
            } else {
                out.add(new int[]{start, end, cutStart ? 1 : 0, cutEnd ? 1 : 0});
            }
        }
        return out;
    }

    /** The start of the line holding {@code at}, or {@code from} when the line starts before it. */
    private int lineStartWithin(int at, int from) {
        int k = at;
        while (k > from && raw.charAt(k - 1) != '\n') {
            k--;
        }
        return k;
    }

    /** The end of the line holding {@code at} (its newline), or {@code to} when the line ends after it. */
    private int lineEndWithin(int at, int to) {
        int k = at;
        while (k < to && raw.charAt(k) != '\n') {
            k++;
        }
        return k;
    }

    /** A word character as RE2's {@code \b} sees it (ASCII only). */
    static boolean isWordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    private boolean isLineStart(int k) {
        return k == 0 || raw.charAt(k - 1) == '\n';
    }

    private boolean isLineEnd(int k) {
        return k == raw.length() || raw.charAt(k) == '\n';
    }

    /** Per clue pattern, its automaton ({@link PatternFilter#ANY} for one it cannot read, e.g. multi-line). */
    private static final Map<Pattern, PatternFilter> FILTERS = new ConcurrentHashMap<>();

    private static PatternFilter filter(Pattern p) {
        return FILTERS.computeIfAbsent(p, q -> {
            PatternFilter f = q.flags() == 0 ? PatternFilter.of(q.pattern()) : null;
            return f == null ? PatternFilter.ANY : f;
        });
    }

    /** A window's characters, for the automaton (kept between windows). */
    private char[] chars = new char[256];

    private void runIn(Pattern pattern, boolean wordStart, List<int[]> windows, Consumer<Match> out) {
        PatternFilter filter = filter(pattern);
        for (int[] w : windows) {
            int len = w[1] - w[0];
            if (filter != PatternFilter.ANY) {
                // most windows hold no match: the automaton says so in one pass, before RE2/J reads it
                if (chars.length < len) {
                    chars = new char[Math.max(len, 2 * chars.length)];
                }
                raw.getChars(w[0], w[1], chars, 0);
                if (!filter.mayFind(chars, 0, len)) {
                    continue;
                }
            }
            Matcher m = pattern.matcher(raw.substring(w[0], w[1]));
            int from = 0;
            while (from <= len && m.find(from)) {
                if (wordStart && w[0] + m.start() > 0 && isWordChar(raw.charAt(w[0] + m.start() - 1))) {
                    from = m.start() + 1;   // no word boundary before it: "\b" would not match here; look on
                    continue;
                }
                from = m.end() > m.start() ? m.end() : m.end() + 1;
                if ((w[2] == 1 && m.start() == 0) || (w[3] == 1 && m.end() == len)) {
                    continue;   // touches a cut: perhaps only part of a longer match
                }
                int g = m.groupCount();
                int[] starts = new int[g + 1];
                int[] ends = new int[g + 1];
                String[] groups = new String[g + 1];
                for (int i = 0; i <= g; i++) {
                    starts[i] = m.start(i) < 0 ? -1 : m.start(i) + w[0];
                    ends[i] = m.end(i) < 0 ? -1 : m.end(i) + w[0];
                    groups[i] = m.group(i);
                }
                out.accept(new Match(starts, ends, groups));
            }
        }
    }
}
