package org.slant.report.csv;

import org.junit.jupiter.api.Test;
import org.slant.report.json.Utf8Buffer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Cells written straight into UTF-8 bytes are CsvTable's lines, encoded as String.getBytes would. */
class CsvCellsTest {

    @Test
    void cellsAreCsvTableLinesInUtf8() {
        Random rnd = new Random(7);
        String odd = "\"\n\r\t, '=+-@\u00e9\u201c\uD83D\uDE00\uD800\uDC00";
        for (int k = 0; k < 2000; k++) {
            List<Object> row = new ArrayList<>();
            Utf8Buffer buf = new Utf8Buffer();
            CsvCells cells = new CsvCells(buf);
            int n = 1 + rnd.nextInt(5);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    cells.comma();
                }
                switch (rnd.nextInt(5)) {
                    case 0 -> {
                        int v = rnd.nextInt(2000) - 1000;
                        row.add(v);
                        cells.number(v);
                    }
                    case 1 -> {
                        Double v = rnd.nextInt(4) == 0 ? null : rnd.nextInt(4) == 0 ? Double.NaN : rnd.nextGaussian() * 1e3;
                        row.add(v);
                        cells.number(v);
                    }
                    case 2 -> {
                        row.add(null);
                        cells.text(null);
                    }
                    default -> {
                        StringBuilder b = new StringBuilder();
                        for (int j = rnd.nextInt(8); j > 0; j--) {
                            b.append(rnd.nextBoolean() ? odd.charAt(rnd.nextInt(odd.length())) : 'x');
                        }
                        String s = b.toString();
                        row.add(s);
                        if (rnd.nextBoolean()) {
                            cells.text(s);
                        } else {
                            char[] c = ("ab" + s + "cd").toCharArray();
                            cells.text(c, 2, 2 + s.length());
                        }
                    }
                }
            }
            cells.newline();
            assertArrayEquals(CsvTable.line(row).getBytes(StandardCharsets.UTF_8), buf.toByteArray(), row.toString());
        }
    }

    @Test
    void utf8IsStringGetBytesAlsoWhenAPairIsSplitBetweenWrites() {
        Random rnd = new Random(11);
        char[] pool = {'a', '\u00e9', '\u20ac', '\uD83D', '\uDE00', '\uD800', '\uDFFF', '\n'};
        for (int k = 0; k < 3000; k++) {
            char[] c = new char[rnd.nextInt(20)];
            for (int i = 0; i < c.length; i++) {
                c[i] = pool[rnd.nextInt(pool.length)];
            }
            Utf8Buffer buf = new Utf8Buffer();
            int at = 0;
            while (at < c.length) {
                int len = 1 + rnd.nextInt(c.length - at);
                if (rnd.nextBoolean()) {
                    buf.write(c, at, len);
                } else {
                    buf.write(new String(c, at, len), 0, len);
                }
                at += len;
            }
            assertArrayEquals(new String(c).getBytes(StandardCharsets.UTF_8), buf.toByteArray(), Arrays.toString(c));
        }
    }

    @Test
    void numbersAreTheBigDecimalPlainStrings() {
        Random rnd = new Random(3);
        for (int k = 0; k < 20_000; k++) {
            double d = switch (k % 4) {
                case 0 -> Math.round(rnd.nextDouble() * 1e6) / 1e6;
                case 1 -> rnd.nextGaussian() * Math.pow(10, rnd.nextInt(30) - 15);
                case 2 -> Double.longBitsToDouble(rnd.nextLong());
                default -> rnd.nextInt(1000) / 8.0 - 60;
            };
            if (Double.isNaN(d) || Double.isInfinite(d) || d == Math.rint(d) && Math.abs(d) < 1e15) {
                continue;
            }
            assertEquals(java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString(), CsvTable.number(d),
                    String.valueOf(d));
        }
        CsvCells cells = new CsvCells(new Utf8Buffer());
        assertArrayEquals(CsvTable.line(java.util.Arrays.asList("x,y")).replace("\n", "").getBytes(StandardCharsets.UTF_8),
                CsvCells.encoded("x,y"));
    }
}
