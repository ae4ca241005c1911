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
}
