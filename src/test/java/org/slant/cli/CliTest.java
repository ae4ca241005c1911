package org.slant.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.extract.terminology.LoadedModel;
import org.slant.testing.CliRun;
import org.slant.testing.Project;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {

    @TempDir
    Path tmp;

    /** Runs the command line in-process and captures its output. */
    static CliRun run(String... args) {
        return CliRun.run(args);
    }

    @Test
    void versionAndHelpOnEveryCommand() {
        for (String[] args : new String[][]{{"--version"}, {"analyze", "--version"}, {"report", "--version"}}) {
            CliRun r = run(args);
            assertEquals(0, r.code());
            assertTrue(r.out().startsWith("slant "), r.out());
        }
        for (String[] args : new String[][]{{"--help"}, {"analyze", "--help"}, {"report", "--help"}}) {
            CliRun r = run(args);
            assertEquals(0, r.code());
            assertTrue(r.out().contains("Usage: slant"), r.out());
        }
    }

    @Test
    void analyzeFormats() {
        String seeds = Project.seeds().toString();
        CliRun text = run("analyze", seeds);
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("5 articles, 0 errors"));
        CliRun json = run("analyze", "--format", "json", seeds);
        assertTrue(json.out().startsWith("{\n  \"schema\": \"slant/analysis/v1\""));
        CliRun csv = run("analyze", "--format", "csv", seeds);
        assertEquals(6, csv.out().split("\n").length);
    }

    @Test
    void theLoadedModelAddsItsFindingsUnlessSwitchedOff() {
        // (the test suite never sets -Dslant.loaded.model=off for the whole JVM)
        String seeds = Project.seeds().toString();
        CliRun model = run("analyze", "--format", "jsonl", seeds);
        CliRun lexicons = run("analyze", "--format", "jsonl", "--no-loaded-model", seeds);
        assertEquals(0, lexicons.code(), lexicons.err());
        assertEquals(0, model.code(), model.err());
        assertTrue(model.out().contains("\"rule\":\"" + LoadedModel.shipped().rule() + "\""), "model findings by default");
        assertFalse(lexicons.out().contains("\"model.loaded@"), "none with --no-loaded-model");
    }

    @Test
    void unknownFormatIsAUsageError() {
        CliRun r = run("analyze", "--format", "xml", Project.seeds().toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("xml"), r.err());
    }

    @Test
    void badInputGivesOneLinePerFileAndExit2ButTheRestIsReported() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "The ministers met on Wednesday in Paris. They talked.");
        Files.write(in.resolve("bad.txt"), new byte[]{(byte) 0xC3, 0x28});
        Path out = tmp.resolve("out");
        CliRun r = run("report", "--out", out.toString(), in.toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("slant: " + in.toString().replace('\\', '/') + "/bad.txt: invalid UTF-8 at byte 0"), r.err());
        assertTrue(Files.readString(out.resolve("analysis.json")).contains("\"id\": \"good\""));
        assertTrue(Files.readString(out.resolve("analysis.json")).contains("invalid UTF-8"));
    }

    @Test
    void noArticlesAtAllWritesNoReport() {
        CliRun r = run("report", "--out", tmp.resolve("o").toString(), tmp.resolve("missing").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no such file or folder"));
        assertTrue(Files.notExists(tmp.resolve("o")));
    }

    @Test
    void reportPrintsWhereItIs() {
        CliRun r = run("report", "--out", tmp.resolve("seeds").toString(), Project.seeds().toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Report: "), r.out());
        assertTrue(r.out().contains("index.html (5 articles, 0 errors)"), r.out());
    }

    @Test
    void aBrokenUserLexiconIsAnErrorWithItsLocation() throws Exception {
        Path lex = tmp.resolve("bad.yaml");
        Files.writeString(lex, "id: x\nversion: 1\n");
        CliRun r = run("analyze", "--lexicon", lex.toString(), Project.seeds().toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("slant: " + lex + ":1:1: missing 'kind'"), r.err());
    }
}
