package org.slant.dev.eval.terminology;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.cli.Main;
import org.slant.testing.Project;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SpanScoreTest {

    private static SpanScore.Span s(int a, int b) {
        return new SpanScore.Span(a, b);
    }

    @Test
    void partialOverlapCreditAsTheTaskDefinesIt() {
        // predicted [0,10) overlaps gold [5,15) by 5: P = 5/10, R = 5/10
        SpanScore one = new SpanScore().add(List.of(s(0, 10)), List.of(s(5, 15)));
        assertEquals(0.5, one.precision(), 1e-12);
        assertEquals(0.5, one.recall(), 1e-12);
        assertEquals(0.5, one.f1(), 1e-12);
        // two predictions inside one gold span: P = (1 + 1) / 2, R = (2 + 3) / 10
        SpanScore two = new SpanScore().add(List.of(s(0, 2), s(5, 8)), List.of(s(0, 10)));
        assertEquals(1.0, two.precision(), 1e-12);
        assertEquals(0.5, two.recall(), 1e-12);
        // a missed gold span and a false prediction, in a second document
        two.add(List.of(s(100, 110)), List.of(s(200, 210)));
        assertEquals(2.0 / 3, two.precision(), 1e-12);
        assertEquals(0.25, two.recall(), 1e-12);
    }

    @Test
    void overlappingGoldSpansAreMergedSoTheyAreNotCountedTwice() {
        SpanScore sc = new SpanScore().add(List.of(s(0, 10)), List.of(s(0, 10), s(0, 10), s(5, 12)));
        assertEquals(1, sc.gold());
        assertEquals(1.0, sc.precision(), 1e-12);
        assertEquals(10.0 / 12, sc.recall(), 1e-12);
        assertEquals(0.0, new SpanScore().f1());
    }

    private static String run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        assertEquals(0, cl.execute(args));
        return out.toString();
    }

    @Test
    void evalPtcFailsWhenTheFolderAskedForHasNoCorpus(@TempDir Path empty) {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        assertEquals(2, cl.execute("eval", "ptc", "--data", empty.toString()));
        assertTrue(err.toString().startsWith("slant eval ptc: no PTC corpus at "), err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
    }

    @Test
    void evalPtcScoresBothNamedSplitsWhenTheCorpusIsThere() {
        Path data = Project.sharedData();
        assumeTrue(Files.isDirectory(data.resolve("ptc/train-articles")), "skipped: no PTC corpus at " + data.resolve("ptc"));
        String out = run("eval", "ptc", "--data", data.toString());
        assertTrue(out.contains("tune (article ids ending 6-7)"), out);
        assertTrue(out.matches("(?s).*report \\(article ids ending 8-9\\)\\s+lexicons only\\s+93 articles.*F1 0\\.\\d{3}.*"), out);
        assertTrue(out.matches("(?s).*report \\(article ids ending 8-9\\)\\s+lexicons \\+ model\\s+93 articles.*F1 0\\.\\d{3}.*"), out);
    }
}
