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
        line(b, new java.util.ArrayList<>(cells));
        return b.toString();
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

    private static void line(StringBuilder b, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(cell(cells.get(i)));
        }
        b.append('\n');
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
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return s;
    }

    static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static String quote(String s) {
        boolean needs = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                needs = true;
                break;
            }
        }
        if (!needs && !s.isEmpty() && (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ')) {
            needs = true;
        }
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
