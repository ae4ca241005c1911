package org.slant.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.Slant;
import org.slant.batch.RunOptions;
import org.slant.batch.StreamSummary;
import org.slant.testing.Project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Streamed per-article output, and a resumed run after an interruption that cut a line in half. */
class CorpusWriterTest {

    @TempDir
    Path tmp;

    private static final List<String> FILES = List.of("articles.jsonl", "findings.csv", "metrics.csv", "errors.jsonl");

    private StreamSummary run(Path out, boolean resume) throws IOException {
        try (CorpusWriter w = CorpusWriter.open(out, resume)) {
            return Slant.stream(List.of(Project.seeds().toString()), RunOptions.defaults().withThreads(2), w, w::isDone);
        }
    }

    @Test
    void anInterruptedRunResumesToTheSameBytes() throws IOException {
        Path fresh = tmp.resolve("fresh");
        assertEquals(5, run(fresh, false).articles());
        // an interrupted run: two articles done, the third cut mid-line, its CSV rows already written
        Path cut = tmp.resolve("cut");
        Files.createDirectories(cut);
        org.slant.files.OutputFolder.mark(cut); // the interrupted run was Slant's
        for (String f : FILES) {
            Files.copy(fresh.resolve(f), cut.resolve(f));
        }
        byte[] jsonl = Files.readAllBytes(fresh.resolve("articles.jsonl"));
        int third = nthLineStart(jsonl, 2);
        Files.write(cut.resolve("articles.jsonl"), java.util.Arrays.copyOf(jsonl, third + 40));
        byte[] metrics = Files.readAllBytes(fresh.resolve("metrics.csv"));
        Files.write(cut.resolve("metrics.csv"), java.util.Arrays.copyOf(metrics, metrics.length - 7));

        StreamSummary resumed = run(cut, true);
        assertEquals(2, resumed.skipped());
        assertEquals(3, resumed.articles());
        for (String f : FILES) {
            byte[] b = Files.readAllBytes(cut.resolve(f));
            assertArrayEquals(Files.readAllBytes(fresh.resolve(f)), b, f);
            assertTrue(b.length == 0 || b[b.length - 1] == '\n', f + " ends with a whole line");
        }
    }

    @Test
    void aResumedRunNeverWritesAnErrorTwice() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), "The ministers met on Wednesday in Paris. They talked.");
        Files.write(in.resolve("bad.txt"), new byte[]{(byte) 0xC3, 0x28});
        Files.writeString(in.resolve("c.jsonl"), "{\"text\": \"One line of news.\"}\nnot json\n{\"text\": \"Another.\"}\n");
        List<String> inputs = List.of(in.toString(), tmp.resolve("missing.txt").toString());
        Path out = tmp.resolve("out");
        StreamSummary first;
        try (CorpusWriter w = CorpusWriter.open(out, false)) {
            first = Slant.stream(inputs, RunOptions.defaults().withThreads(2).withQuiet(true), w, w::isDone);
        }
        assertEquals(3, first.articles());
        assertEquals(3, first.errors().size()); // bad.txt, c.jsonl:2, missing.txt
        byte[] errors = Files.readAllBytes(out.resolve("errors.jsonl"));
        assertEquals(3, new String(errors, java.nio.charset.StandardCharsets.UTF_8).lines().count());
        for (int k = 0; k < 2; k++) {
            StreamSummary again;
            try (CorpusWriter w = CorpusWriter.open(out, true)) {
                again = Slant.stream(inputs, RunOptions.defaults().withThreads(2).withQuiet(true), w, w::isDone);
            }
            assertEquals(0, again.articles());
            assertEquals(5, again.skipped(), "three articles and two read errors are done");
            assertArrayEquals(errors, Files.readAllBytes(out.resolve("errors.jsonl")));
        }
    }

    @Test
    void aRunWithoutResumeStartsAfresh() throws IOException {
        Path out = tmp.resolve("o");
        run(out, false);
        long size = Files.size(out.resolve("articles.jsonl"));
        run(out, false);
        assertEquals(size, Files.size(out.resolve("articles.jsonl")));
    }

    @Test
    void cuttingAPartialLine() throws IOException {
        Path p = tmp.resolve("x.jsonl");
        Files.writeString(p, "{\"a\":1}\n{\"a\":2}\n{\"a\":");
        CorpusResume.cutPartialLine(p);
        assertEquals("{\"a\":1}\n{\"a\":2}\n", Files.readString(p));
        Files.writeString(p, "no newline at all");
        CorpusResume.cutPartialLine(p);
        assertEquals("", Files.readString(p));
    }

    private static int nthLineStart(byte[] b, int n) {
        int line = 0;
        for (int i = 0; i < b.length; i++) {
            if (line == n) {
                return i;
            }
            if (b[i] == '\n') {
                line++;
            }
        }
        throw new IllegalArgumentException("fewer lines");
    }
}
