package org.slant.lexicon;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import org.slant.config.ConfigNode;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Compiles a pattern from a lexicon file on RE2/J after checking its size. RE2 matches in linear time, but
 * it expands counted repetitions when it compiles: {@code ((a{1000}){1000}){1000}} is a machine of a
 * billion instructions, which hangs and fills the heap before a single match. So the pattern's length and
 * its expanded size (each repetition multiplies what it repeats) are limited, and a pattern over either
 * limit is a load error at the pattern's file:line:column.
 */
public final class PatternLimit {

    /** Characters: the longest built-in pattern is under 400. */
    public static final int MAX_LENGTH = 2_000;
    /**
     * Expanded size, roughly RE2's instruction count, which is also the most work a match does per
     * character: the largest built-in pattern is about 2,500 ({@code PatternLimitTest} checks that they
     * all stay under a third of the limit).
     */
    public static final long MAX_SIZE = 10_000;

    private PatternLimit() {
    }

    /** The compiled pattern, or a ConfigException at the node naming what is wrong. */
    public static Pattern compile(ConfigNode node) {
        String p = node.asString();
        if (p.length() > MAX_LENGTH) {
            throw node.error("pattern too long (" + p.length() + " characters; the limit is " + MAX_LENGTH + ")");
        }
        long size = expandedSize(p);
        if (size > MAX_SIZE) {
            throw node.error("pattern too large once its repetitions are expanded (over " + MAX_SIZE
                    + " steps; the limit keeps matching fast): use fewer or smaller {n,m} counts");
        }
        try {
            return Pattern.compile(p);
        } catch (PatternSyntaxException e) {
            throw node.error("bad pattern: " + e.getMessage().replaceAll("\\s+", " "));
        }
    }

    /**
     * An upper estimate of the compiled size: literals and classes count 1, a sequence or an alternation the
     * sum of its parts, {@code x{n,m}} the size of x times max(n, m) (times n+1 for {@code {n,}}). Saturates
     * just above the limit, so the arithmetic never overflows. One pass with an explicit stack of groups.
     */
    static long expandedSize(String p) {
        Deque<long[]> groups = new ArrayDeque<>(); // per open group: {done alternatives, sequence, last atom}
        long[] g = new long[3];
        int n = p.length();
        for (int i = 0; i < n; i++) {
            char c = p.charAt(i);
            switch (c) {
                case '\\' -> {
                    int end = escapeEnd(p, i);
                    boolean quoted = i + 1 < n && p.charAt(i + 1) == 'Q'; // \Q...\E: a literal run, its length
                    atom(g, quoted ? Math.max(1, end - i - 3) : 1);
                    i = end;
                }
                case '[' -> {
                    i = classEnd(p, i);
                    atom(g, 1);
                }
                case '(' -> {
                    if (i + 1 < n && p.charAt(i + 1) == '?') {
                        int j = i + 2;
                        while (j < n && p.charAt(j) != ':' && p.charAt(j) != ')' && p.charAt(j) != '<') {
                            j++;
                        }
                        if (j < n && p.charAt(j) == ')') { // (?i): flags, not a group
                            i = j;
                            continue;
                        }
                    }
                    groups.push(g);
                    g = new long[3];
                }
                case ')' -> {
                    long size = total(g);
                    g = groups.isEmpty() ? new long[3] : groups.pop();
                    atom(g, size);
                }
                case '|' -> {
                    g[0] = sat(g[0] + g[1] + g[2]);
                    g[1] = 0;
                    g[2] = 0;
                }
                case '{' -> {
                    int close = p.indexOf('}', i);
                    long times = close < 0 ? -1 : repeat(p.substring(i + 1, close));
                    if (times < 0) {
                        atom(g, 1); // a literal '{'
                    } else {
                        g[2] = sat(Math.max(1, g[2]) * times);
                        i = close;
                    }
                }
                case '*', '+', '?' -> g[2] = sat(g[2] + 1);
                default -> atom(g, 1);
            }
        }
        long size = total(g);
        while (!groups.isEmpty()) { // unbalanced: RE2 will refuse it; the estimate still ends
            long inner = size;
            g = groups.pop();
            atom(g, inner);
            size = total(g);
        }
        return size;
    }

    private static void atom(long[] g, long size) {
        g[1] = sat(g[1] + g[2]);
        g[2] = size;
    }

    private static long total(long[] g) {
        return sat(g[0] + g[1] + g[2]);
    }

    private static long sat(long v) {
        return Math.min(v, MAX_SIZE + 1);
    }

    /** The count of {@code {n}}, {@code {n,}} or {@code {n,m}}, or -1 when the braces are a literal. */
    private static long repeat(String inside) {
        int comma = inside.indexOf(',');
        String lo = comma < 0 ? inside : inside.substring(0, comma);
        String hi = comma < 0 ? "" : inside.substring(comma + 1);
        if (!digits(lo) || (!hi.isEmpty() && !digits(hi))) {
            return -1;
        }
        long a = Long.parseLong(lo.substring(0, Math.min(lo.length(), 9)));
        if (comma < 0) {
            return a;
        }
        return hi.isEmpty() ? a + 1 : Math.max(a, Long.parseLong(hi.substring(0, Math.min(hi.length(), 9))));
    }

    private static boolean digits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The index of the last character of the escape at i: \x, \pL, \p{Greek}, \x{263a}, \Q...\E. */
    private static int escapeEnd(String p, int i) {
        if (i + 1 >= p.length()) {
            return i;
        }
        char e = p.charAt(i + 1);
        if ((e == 'p' || e == 'P' || e == 'x') && i + 2 < p.length() && p.charAt(i + 2) == '{') {
            int close = p.indexOf('}', i + 2);
            return close < 0 ? p.length() - 1 : close;
        }
        if (e == 'p' || e == 'P') {
            return Math.min(i + 2, p.length() - 1);
        }
        if (e == 'Q') {
            int end = p.indexOf("\\E", i + 2);
            return end < 0 ? p.length() - 1 : end + 1;
        }
        return i + 1;
    }

    /** The index of the {@code ]} that closes the class opened at i ({@code []a]} and {@code [^]a]} hold a ']'). */
    private static int classEnd(String p, int i) {
        int j = i + 1;
        if (j < p.length() && p.charAt(j) == '^') {
            j++;
        }
        if (j < p.length() && p.charAt(j) == ']') {
            j++;
        }
        while (j < p.length()) {
            char c = p.charAt(j);
            if (c == '\\') {
                j += 2;
            } else if (c == '[' && j + 1 < p.length() && p.charAt(j + 1) == ':') {
                int close = p.indexOf(":]", j + 2);
                j = close < 0 ? j + 1 : close + 2;
            } else if (c == ']') {
                return j;
            } else {
                j++;
            }
        }
        return p.length() - 1;
    }
}
