package org.slant.report.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A small CSV writer (RFC 4180, '\n' line ends) that is safe to open in a spreadsheet: a text cell that
 * starts with = + - @ or a tab or carriage return gets a leading apostrophe, so it can never run as a
 * formula. Numbers are written plainly (no exponent) and are never altered.
 */
public final class CsvTable {

    private final List<String> header;
    private final List<List<Object>> rows = new ArrayList<>();

    public CsvTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    public CsvTable row(List<?> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells, header " + header.size());
        }
        rows.add(new ArrayList<>(cells));
        return this;
    }

    public String render() {
        StringBuilder b = new StringBuilder();
        line(b, new ArrayList<>(header));
        for (List<Object> r : rows) {
            line(b, r);
        }
        return b.toString();
    }

    /** One CSV line (with its newline) of typed cells, text neutralised as in {@link #render()}. */
    public static String line(List<?> cells) {
        StringBuilder b = new StringBuilder();
        line(b, cells);
        return b.toString();
    }

    /**
     * Appends one CSV line (with its newline) of typed cells to {@code b}: for writers that gather an article's
     * rows in one buffer, without a string per line (the copies were a few percent of a streamed run).
     */
    public static void appendLine(StringBuilder b, List<?> cells) {
        line(b, cells);
    }

    /** One CSV line of cells read back from a file written by this class: quoted again, not altered. */
    public static String rawLine(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(quote(cells.get(i)));
        }
        return b.append('\n').toString();
    }

    private static void line(StringBuilder b, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            appendCell(b, cells.get(i));
        }
        b.append('\n');
    }

    /** As {@code b.append(cell(v))}, text appended straight into {@code b}. */
    private static void appendCell(StringBuilder b, Object v) {
        if (v instanceof String s) {
            if (!s.isEmpty() && isFormulaStart(s.charAt(0))) {
                b.append('\'');
                appendQuoted(b, s, true);
            } else {
                appendQuoted(b, s, false);
            }
        } else {
            b.append(cell(v));
        }
    }

    static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return number(d);
        }
        if (v instanceof Float f) {
            return number(f.doubleValue());
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        return quote(neutralise(v.toString()));
    }

    /** Defuses spreadsheet formulas in untrusted text. */
    public static String neutralise(String s) {
        if (!s.isEmpty() && isFormulaStart(s.charAt(0))) {
            return "'" + s;
        }
        return s;
    }

    /** Whether a cell starting with {@code c} would be read as a formula by a spreadsheet. */
    static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        // BigDecimal.valueOf(d) reads Double.toString(d): without an exponent its digits are already plain and
        // end without zeros (a BigDecimal per metric was a visible part of writing metrics.csv, issue 21)
        String s = Double.toString(d);
        if (s.indexOf('E') < 0) {
            return s;
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2);
        appendQuoted(b, s, false);
        return b.toString();
    }

    /**
     * Appends {@code s} (after an apostrophe already appended when {@code apostrophe}), quoted when it holds a
     * comma, quote or line break or starts or ends with a space.
     */
    private static void appendQuoted(StringBuilder b, String s, boolean apostrophe) {
        boolean needs = needsQuotes(s);
        if (!needs && !apostrophe && !s.isEmpty() && (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ')) {
            needs = true;
        }
        if (!needs && apostrophe && s.charAt(s.length() - 1) == ' ') {
            needs = true;   // "'" + s ends with the same character; it cannot start with a space
        }
        if (!needs) {
            b.append(s);
            return;
        }
        if (apostrophe) {
            b.setCharAt(b.length() - 1, '"');
            b.append('\'');
        } else {
            b.append('"');
        }
        int from = 0;
        for (int q = s.indexOf('"'); q >= 0; q = s.indexOf('"', q + 1)) {
            b.append(s, from, q + 1).append('"');
            from = q + 1;
        }
        b.append(s, from, s.length()).append('"');
    }

    private static final int MAX_KEPT = 1 << 16;
    private static final ThreadLocal<char[][]> CHARS = ThreadLocal.withInitial(() -> new char[1][256]);

    /**
     * Whether the text holds a comma, quote or line break: read from a char array (kept per thread), as under C1
     * (the launcher's compiler) {@code charAt} on a UTF-16 string is a call and four {@code indexOf} passes
     * read the text four times.
     */
    private static boolean needsQuotes(String s) {
        int n = s.length();
        char[] c;
        if (n > MAX_KEPT) {
            c = new char[n];   // a huge cell: its buffer is not kept
        } else {
            char[][] cell = CHARS.get();
            if (cell[0].length < n) {
                cell[0] = new char[Math.max(n, Math.min(MAX_KEPT, 2 * cell[0].length))];
            }
            c = cell[0];
        }
        s.getChars(0, n, c, 0);
        for (int i = 0; i < n; i++) {
            char x = c[i];
            if (x <= '"' && (x == '"' || x == '\n' || x == '\r') || x == ',') {
                return true;
            }
        }
        return false;
    }
}
