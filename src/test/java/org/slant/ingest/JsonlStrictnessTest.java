package org.slant.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slant.Slant;
import org.slant.batch.RunOptions;
import org.slant.compare.Analysis;
import org.slant.model.AnalysisError;
import org.slant.model.ArticleResult;
import org.slant.testing.CliRun;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** JSONL read strictly and line by line: one bad line is one error at file:line(:column), the rest is read. */
class JsonlStrictnessTest {

    @TempDir
    Path dir;

    private static final String GOOD1 = "{\"id\": \"g1\", \"text\": \"The ministers met on Wednesday.\"}";
    private static final String GOOD2 = "{\"id\": \"g2\", \"text\": \"They talked for an hour.\", \"outlet\": null}";

    private Analysis run(Path p) {
        return Slant.analyzeAll(List.of(p.toString()), RunOptions.defaults().withThreads(1).withQuiet(true));
    }

    private static List<String> ids(Analysis a) {
        return a.articles().stream().map(ArticleResult::id).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "{'text': 'x y z', 'id': 7}|25|\"id\" must be a string, found a number",
            "{'text': 'x y z', 'outlet': {'name': 'AFP'}}|29|\"outlet\" must be a string, found an object",
            "{'text': 'x y z', 'date': ['2024']}|27|\"date\" must be a string, found an array",
            "{'text': 'x y z', 'title': true}|28|\"title\" must be a string, found true/false",
            "{'text': 42}|10|\"text\" must be a string, found a number",
            "{'text': 'x y z', 'outlet': 'A', 'outlet': 'B'}|42|malformed JSON: Duplicate field 'outlet'",
            "{'text': 'x y z', 'extra': {'a': 1, 'a': 2}}|40|malformed JSON: Duplicate field 'a'",
            "{'text': 'x y z'} {'text': 'again'}|19|more after the JSON object",
            "['text']|1|expected a JSON object"})
    void aFieldOfTheWrongTypeIsOneErrorAtItsColumnAndTheOtherLinesAreRead(String bad, int column, String message)
            throws IOException {
        Path p = dir.resolve("c.jsonl");
        Files.writeString(p, GOOD1 + "\n" + bad.replace('\'', '"') + "\n" + GOOD2 + "\n");
        Analysis a = run(p);
        assertEquals(List.of("g1", "g2"), ids(a));
        assertEquals(1, a.errors().size(), a.errors().toString());
        AnalysisError e = a.errors().get(0);
        assertEquals(p.toString().replace('\\', '/') + ":2:" + column, e.file());
        assertTrue(e.message().startsWith(message), e.message());
    }

    @Test
    void anInvalidUtf8LineIsOneErrorWithItsByteOffsetAndTheNextLinesAreRead() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes((GOOD1 + "\n").getBytes(StandardCharsets.UTF_8));
        b.writeBytes("{\"text\": \"bad ".getBytes(StandardCharsets.UTF_8));
        int badAt = b.size();
        b.writeBytes(new byte[]{(byte) 0xC3, 0x28});
        b.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
        b.writeBytes((GOOD2 + "\n").getBytes(StandardCharsets.UTF_8));
        Path p = dir.resolve("u.jsonl");
        Files.write(p, b.toByteArray());
        CliRun r = CliRun.run("analyze", "--quiet", "--format", "jsonl", p.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("slant: " + p.toString().replace('\\', '/') + ":2:15: invalid UTF-8 at byte "
                + badAt + " of the file"), r.err());
        assertEquals(2, r.out().lines().count(), r.out());
        assertTrue(r.out().contains("\"g2\""), r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE", "UTF-8"})
    void aJsonlWithAByteOrderMarkIsReadLikeOtherFiles(String charset) throws IOException {
        Charset cs = Charset.forName(charset);
        byte[] bom = "\uFEFF".getBytes(cs);
        String text = GOOD1 + "\n" + "{\"id\": \"g3\", \"text\": \"Ünïcödé and a 😀 face.\"}\r\n" + GOOD2; // no final newline
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(bom);
        b.writeBytes(text.getBytes(cs));
        Path p = dir.resolve("bom-" + charset + ".jsonl");
        Files.write(p, b.toByteArray());
        Analysis a = run(p);
        assertEquals(List.of(), a.errors());
        assertEquals(List.of("g1", "g3", "g2"), ids(a));
        assertEquals("Ünïcödé and a 😀 face.", a.articles().get(1).article().raw());
    }

    @Test
    void aLineOverTheSizeLimitIsSkippedToItsEnd() throws IOException {
        Path p = dir.resolve("big.jsonl");
        Files.writeString(p, GOOD1 + "\n{\"text\": \"" + "word ".repeat(2000) + "\"}\n" + GOOD2 + "\n");
        Analysis a = Slant.analyzeAll(List.of(p.toString()), RunOptions.defaults().withMaxArticleBytes(1000)
                .withQuiet(true));
        assertEquals(List.of("g1", "g2"), ids(a));
        assertEquals(p.toString().replace('\\', '/') + ":2", a.errors().get(0).file());
        assertTrue(a.errors().get(0).message().startsWith("line is over the limit of 1000 bytes"));
    }

    @Test
    void aBinaryJsonlIsOneError() throws IOException {
        Path p = dir.resolve("bin.jsonl");
        Files.write(p, new byte[]{'{', 0, 0, 1, 2, '\n', 0, '\n', 0, '\n'});
        Analysis a = run(p);
        assertEquals(1, a.errors().size(), a.errors().toString());
        assertTrue(a.errors().get(0).message().startsWith("binary file"));
    }
}
