package org.slant.report;

import org.junit.jupiter.api.Test;
import org.slant.report.csv.CsvTable;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvTableTest {

    @Test
    void formulaCellsAreNeutralisedButNumbersAreNot() {
        CsvTable t = new CsvTable(List.of("a", "b", "c", "d", "e", "f", "g", "h"));
        t.row(Arrays.asList("=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx", -0.5, "plain"));
        assertEquals("a,b,c,d,e,f,g,h\n'=1+1,'+cmd,'-2+3,'@SUM(A1),'\tx,\"'\rx\",-0.5,plain\n", t.render());
    }

    @Test
    void quotingAndNumbers() {
        CsvTable t = new CsvTable(List.of("x", "y", "z"));
        t.row(Arrays.asList("a,b", "say \"hi\"\nnow", 1.0E-7));
        assertEquals("x,y,z\n\"a,b\",\"say \"\"hi\"\"\nnow\",0.0000001\n", t.render());
    }

    /** The cell rules as first written (neutralise, then quote when needed), to compare the buffered writer with. */
    private static String reference(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String s = CsvTable.neutralise(cells.get(i));
            boolean needs = s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                    || !s.isEmpty() && (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ');
            b.append(i > 0 ? "," : "").append(needs ? '"' + s.replace("\"", "\"\"") + '"' : s);
        }
        return b.append('\n').toString();
    }

    @Test
    void linesAppendedToABufferAreTheCellRulesExactly() {
        List<String> pieces = List.of("=", "+", "-", "@", "\t", "\r", " ", ",", "\"", "\n", "a", "’", "ü", "x y", "");
        java.util.Random r = new java.util.Random(21);
        StringBuilder all = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            List<String> cells = new java.util.ArrayList<>();
            for (int c = 0; c < 3; c++) {
                StringBuilder cell = new StringBuilder();
                for (int k = r.nextInt(5); k > 0; k--) {
                    cell.append(pieces.get(r.nextInt(pieces.size())));
                }
                cells.add(cell.toString());
            }
            assertEquals(reference(cells), CsvTable.line(cells), cells.toString());
            CsvTable.appendLine(all, cells);
            expected.append(reference(cells));
        }
        assertEquals(expected.toString(), all.toString());
    }
}
