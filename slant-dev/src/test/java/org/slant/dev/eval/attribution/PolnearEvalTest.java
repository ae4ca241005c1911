package org.slant.dev.eval.attribution;

import org.junit.jupiter.api.Test;
import org.slant.cli.Main;
import org.slant.testing.Project;
import org.slant.text.Tokenizer;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PolnearEvalTest {

    // A made-up annotation in PolNeAR's BRAT format (not corpus text): one span runs over two lines.
    private static final String TEXT = "Officials said the deal was dead. \"We will try again\nnext week,\" she added.";
    private static final String ANN = String.join("\n",
            "T1\tSource 0 9\tOfficials",
            "T2\tCue 10 14\tsaid",
            "T3\tContent 15 33\tthe deal was dead.",
            "T4\tAttribution 10 14\tsaid",
            "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
            "T5\tContent 34 64\t\"We will try again",
            "next week,\"",
            "T6\tSource 65 68\tshe",
            "T7\tCue 69 74\tadded",
            "T8\tAttribution 69 74\tadded",
            "E2\tAttribution:T8 Content:T5 Cue:T7 Source:T6",
            "T9\tCue 0 1;3 4\tO c",
            "E3\tAttribution-no-source:T9 Cue:T9",
            "");

    @Test
    void readsSpansEventsAndContinuationLines() {
        List<BratAttributions.Gold> gold = BratAttributions.parse(ANN);
        assertEquals(3, gold.size());
        assertEquals("Officials", TEXT.substring(gold.get(0).source().start(), gold.get(0).source().end()));
        assertEquals("added", TEXT.substring(gold.get(1).cue().start(), gold.get(1).cue().end()));
        assertEquals(1, gold.get(1).content().size());
        assertEquals(2, gold.get(2).cue().fragments().size(), "a span in fragments");
        assertNull(gold.get(2).source());
        List<String> lines = BratAttributions.joinContinuations(ANN);
        assertEquals(12, lines.size(), "the continuation line is joined to its span");
        assertTrue(lines.get(5).endsWith("again\nnext week,\""), lines.get(5));
    }

    @Test
    void scoresTokensExactAndOverlappingSpansAndSourcesOnlyWithTheirCue() {
        List<BratAttributions.Gold> gold = BratAttributions.parse(ANN).subList(0, 2);
        PolnearScore s = new PolnearScore();
        // "Officials said" exact; "she added" found with a wider source; a spurious cue with a right source span
        s.add(Tokenizer.tokenize(TEXT), gold, List.of(
                new PolnearScore.Predicted(10, 14, 0, 9),
                new PolnearScore.Predicted(69, 74, 64, 68),
                new PolnearScore.Predicted(19, 23, 0, 9)));
        assertEquals(2 / 3.0, s.cueExact.precision(), 1e-9);
        assertEquals(1.0, s.cueExact.recall(), 1e-9);
        assertEquals(1 / 3.0, s.sourceExact.precision(), 1e-9, "the wider source is not exact, the spurious cue's source does not count");
        assertEquals(0.5, s.sourceExact.recall(), 1e-9);
        assertEquals(2 / 3.0, s.sourceOverlap.precision(), 1e-9);
        assertEquals(1.0, s.sourceOverlap.recall(), 1e-9);
        assertEquals(1.0, s.cueTokens.recall(), 1e-9);
        assertEquals(2 / 3.0, s.cueTokens.precision(), 1e-9);
    }

    @Test
    void aDataFolderThatWasAskedForAndIsMissingIsAnError() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("eval", "polnear", "--data", "/nonexistent/shared/data");
        assertEquals(2, code, "--data named a folder without the corpus: an error, not a skip");
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("slant eval polnear: PolNeAR not found at /nonexistent/shared/data"), err.toString());
    }

    @Test
    void aDataFolderThatWasAskedForWithoutAnnotatedTextsIsAnError(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        // the corpus layout is there, but no text has an annotation file: nothing could be scored
        Path split = dir.resolve("polnear/data/dev");
        Files.createDirectories(split.resolve("attributions"));
        Files.createDirectories(split.resolve("text"));
        Files.writeString(split.resolve("text/story.txt"), TEXT);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        assertEquals(2, cl.execute("eval", "polnear", "--data", dir.toString()));
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("slant eval polnear: no annotated texts in "), err.toString());
        assertEquals("", out.toString(), "no figures from nothing");
    }

    /**
     * The floors: the dev figures of the rules (the default engine: keys {@code polnear.rules.*}), of the learned
     * model as its engine runs it (cue thresholds chosen for precision: {@code polnear.engine.*}) and of the same
     * model at its best-F1 thresholds ({@code polnear.*}), recorded in
     * slant-dev/src/test/resources/eval/floors.properties; the evaluation fails when a cue or source token F1, or
     * the engine's cue precision, drops more than 0.02 below them.
     */
    @Test
    void runsOnTheDevSplitAndStaysAboveTheRecordedFloors() throws java.io.IOException {
        Path data = Project.sharedData();
        assumeTrue(Files.isDirectory(data.resolve("polnear/data/dev")), "PolNeAR not found under " + data + ": skipped");
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute("eval", "polnear", "--data", data.toString()));
        String report = out.toString();
        assertTrue(report.contains("PolNeAR dev: 84 articles"), report);
        assertTrue(report.contains("cue spans, overlap") && report.contains("Spearman"), report);
        String before = report.substring(report.indexOf("Before:"), report.indexOf("After:"));
        String engine = report.substring(report.indexOf("After:"), report.indexOf("Best F1:"));
        String best = report.substring(report.indexOf("Best F1:"));
        java.util.Properties floors = new java.util.Properties();
        try (var in = PolnearEvalTest.class.getResourceAsStream("/eval/floors.properties")) {
            floors.load(in);
        }
        for (String what : List.of("cue", "source")) {
            atLeast(floors, "polnear.rules." + what + ".tokens.f1", column(before, what + " tokens", 2));
            atLeast(floors, "polnear.engine." + what + ".tokens.f1", column(engine, what + " tokens", 2));
            atLeast(floors, "polnear." + what + ".tokens.f1", column(best, what + " tokens", 2));
        }
        atLeast(floors, "polnear.engine.cue.tokens.precision", column(engine, "cue tokens", 0));
    }

    private static void atLeast(java.util.Properties floors, String key, double measured) {
        double recorded = Double.parseDouble(floors.getProperty(key));
        assertTrue(measured >= recorded - 0.02, key + ": " + measured + " dropped below the recorded " + recorded + " - 0.02");
    }

    /** A column of a row of the printed table (0 precision, 1 recall, 2 F1). */
    private static double column(String table, String row, int col) {
        String line = table.lines().filter(l -> l.strip().startsWith(row)).findFirst().orElseThrow();
        String[] cols = line.strip().substring(row.length()).strip().split("\\s+");
        return Double.parseDouble(cols[col]);
    }
}
