package org.slant.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * A word-level diff of two sentences (longest common subsequence), as runs of kept, removed and added
 * words. Sentences are short, so the quadratic table is small; very long ones are capped.
 */
public final class WordDiff {

    /** One run: {@code op} is "=", "-" (only in a), "+" (only in b) or "~" (a replaced by b). */
    public record Op(String op, String a, String b) {
    }

    /** The result: runs, and for each word of a whether b kept it. */
    public record Result(List<Op> ops, boolean[] keptA, int common) {
    }

    static final int MAX_WORDS = 400;

    /** Marks a surface written without a space before it ("out" of "read-out"): joined, never spaced. */
    public static final String GLUE = "\u2060";

    private WordDiff() {
    }

    public static Result diff(String[] a, String[] b, String[] surfaceA, String[] surfaceB) {
        int n = Math.min(a.length, MAX_WORDS);
        int m = Math.min(b.length, MAX_WORDS);
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        boolean[] kept = new boolean[a.length];
        List<Op> ops = new ArrayList<>();
        StringBuilder eq = new StringBuilder();
        StringBuilder del = new StringBuilder();
        StringBuilder add = new StringBuilder();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[i].equals(b[j])) {
                flushChange(ops, del, add);
                append(eq, surfaceA[i]);
                kept[i] = true;
                i++;
                j++;
            } else if (j < m && (i >= n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                flush(ops, eq);
                append(add, surfaceB[j]);
                j++;
            } else {
                flush(ops, eq);
                append(del, surfaceA[i]);
                i++;
            }
        }
        flushChange(ops, del, add);
        flush(ops, eq);
        return new Result(ops, kept, lcs[0][0]);
    }

    /**
     * Adds a token with the spacing English text has: none before closing punctuation, a clitic or a closing
     * quote ("It’s ridiculous,"), none after an opening bracket or quote, one space otherwise.
     */
    static void append(StringBuilder b, String w) {
        boolean glued = w.startsWith(GLUE);
        String word = glued ? w.substring(GLUE.length()) : w;
        if (b.length() > 0 && !glued && !word.isEmpty() && !attachesLeft(word) && !opens(b.charAt(b.length() - 1))) {
            b.append(' ');
        }
        b.append(word);
    }

    private static boolean attachesLeft(String w) {
        char c = w.charAt(0);
        if (",.;:!?)]}%\u201d".indexOf(c) >= 0) {
            return true;
        }
        // an apostrophe opens a clitic ("’s", "n't" is split as "n" + "’t" by no tokenizer here, but "’s" is)
        return (c == '\u2019' || c == '\'') && w.length() > 1 && Character.isLetter(w.charAt(1));
    }

    private static boolean opens(char c) {
        return "([{\u201c\u2018$\u00a3\u20ac".indexOf(c) >= 0;
    }

    private static void flush(List<Op> ops, StringBuilder eq) {
        if (eq.length() > 0) {
            ops.add(new Op("=", eq.toString(), eq.toString()));
            eq.setLength(0);
        }
    }

    private static void flushChange(List<Op> ops, StringBuilder del, StringBuilder add) {
        if (del.length() > 0 && add.length() > 0) {
            ops.add(new Op("~", del.toString(), add.toString()));
        } else if (del.length() > 0) {
            ops.add(new Op("-", del.toString(), null));
        } else if (add.length() > 0) {
            ops.add(new Op("+", null, add.toString()));
        }
        del.setLength(0);
        add.setLength(0);
    }

    /** A compact one-line form for CSV: "= kept ~ old → new - removed + added". */
    public static String compact(List<Op> ops) {
        StringBuilder b = new StringBuilder();
        for (Op o : ops) {
            if (b.length() > 0) {
                b.append(" | ");
            }
            switch (o.op()) {
                case "=" -> b.append("= ").append(o.a());
                case "-" -> b.append("- ").append(o.a());
                case "+" -> b.append("+ ").append(o.b());
                default -> b.append("~ ").append(o.a()).append(" → ").append(o.b());
            }
        }
        return b.toString();
    }
}
