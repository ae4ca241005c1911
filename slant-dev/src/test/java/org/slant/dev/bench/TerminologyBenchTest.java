package org.slant.dev.bench;

import org.junit.jupiter.api.Test;
import org.slant.cli.Main;
import org.slant.testing.Project;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A smoke run of {@code slant bench terminology --quick} (numbers come from the full run, not from here). */
class TerminologyBenchTest {

    @Test
    void theBenchRunsBothLexiconsAndTheBaselineAndFindsTheSameThings() {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        assertEquals(0, cl.execute("bench", "terminology", "--quick", Project.seeds().toString()));
        String s = out.toString();
        assertTrue(s.contains("baseline: tokenisation alone"), s);
        assertTrue(s.contains("shipped lexicons / tokenisation"), s);
        assertTrue(s.contains("10x lexicon / shipped lexicons"), s);
        Matcher m = Pattern.compile("lexicon entries: shipped (\\d+), large (\\d+); findings: (\\d+) and (\\d+)").matcher(s);
        assertTrue(m.find(), s);
        assertEquals(10 * Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        assertEquals(m.group(3), m.group(4), "the synthetic entries must not change the findings");
    }
}
