package org.slant.report.csv;

import org.slant.report.json.Utf8Buffer;

/**
 * CSV cells written straight into a UTF-8 buffer, the same bytes as {@link CsvTable} gives (formula
 * characters defused with an apostrophe, quoted when needed, numbers plain), without a list of boxed cells,
 * a string per cell or per line (issue 21). Each method writes one cell; the caller writes the separators.
 * One thread per instance.
 */
public final class CsvCells {

    private final Utf8Buffer out;
    private char[] chars = new char[256];

    public CsvCells(Utf8Buffer out) {
        this.out = out;
    }

    public void comma() {
        out.ascii(',');
    }

    public void newline() {
        out.ascii('\n');
    }

    /** A text cell (null: empty). */
    public void text(String s) {
        if (s == null) {
            return;
        }
        int n = s.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, 2 * chars.length)];
        }
        s.getChars(0, n, chars, 0);
        text(chars, 0, n);
        if (chars.length > 1 << 20) {
            chars = new char[256];
        }
    }

    /** A text cell of {@code c[from, to)}. */
    public void text(char[] c, int from, int to) {
        boolean apostrophe = to > from && CsvTable.isFormulaStart(c[from]);
        boolean quote = false;
        for (int i = from; i < to; i++) {
            char x = c[i];
            if (x <= '"' && (x == '"' || x == '\n' || x == '\r') || x == ',') {
                quote = true;
                break;
            }
        }
        // a space at either end of the written cell ("'" + text can only end with one)
        if (!quote && to > from && (c[to - 1] == ' ' || !apostrophe && c[from] == ' ')) {
            quote = true;
        }
        if (quote) {
            out.ascii('"');
        }
        if (apostrophe) {
            out.ascii('\'');
        }
        if (!quote) {
            out.write(c, from, to - from);
            return;
        }
        int start = from;
        for (int i = from; i < to; i++) {
            if (c[i] == '"') {
                out.write(c, start, i + 1 - start);
                out.ascii('"');
                start = i + 1;
            }
        }
        out.write(c, start, to - start);
        out.ascii('"');
    }

    /** A text cell's bytes, to repeat on many rows with {@link Utf8Buffer#bytes}. */
    public static byte[] encoded(String s) {
        Utf8Buffer b = new Utf8Buffer();
        new CsvCells(b).text(s);
        return b.toByteArray();
    }

    public void number(int v) {
        out.append(Integer.toString(v));
    }

    /** A number as {@link CsvTable} writes it (NaN, infinities and null: empty). */
    public void number(Double v) {
        if (v != null) {
            out.append(CsvTable.number(v));
        }
    }
}
