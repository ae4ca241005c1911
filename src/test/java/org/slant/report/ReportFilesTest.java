package org.slant.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.Slant;
import org.slant.batch.RunOptions;
import org.slant.compare.Analysis;
import org.slant.testing.Project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report set on the seeds: valid against the shipped schema, byte-identical across runs, atomic. */
class ReportFilesTest {

    @TempDir
    Path tmp;

    static Analysis seeds() {
        return Slant.analyzeAll(List.of(Project.seeds().toString()), RunOptions.defaults());
    }

    static JsonSchema schema() throws IOException {
        try (InputStream in = ReportFilesTest.class.getResourceAsStream("/schema/analysis.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @Test
    void analysisJsonValidatesAgainstTheShippedSchema() throws IOException {
        Slant.report(seeds(), tmp.resolve("r"));
        JsonNode doc = new ObjectMapper().readTree(tmp.resolve("r/analysis.json").toFile());
        Set<ValidationMessage> errors = schema().validate(doc);
        assertTrue(errors.isEmpty(), errors::toString);
        assertEquals(5, doc.get("articles").size());
    }

    @Test
    void schemaRejectsABrokenDocument() throws IOException {
        JsonNode bad = new ObjectMapper().readTree("{\"schema\":\"slant/analysis/v1\",\"tool\":{\"name\":\"slant\","
                + "\"version\":\"1\"},\"articles\":[{\"id\":\"a\"}],\"comparison\":{},\"errors\":[]}");
        assertFalse(schema().validate(bad).isEmpty());
    }

    @Test
    void twoRunsGiveByteIdenticalFiles() throws IOException {
        Slant.report(seeds(), tmp.resolve("one"));
        Slant.report(seeds(), tmp.resolve("two"));
        List<String> names = list(tmp.resolve("one"));
        assertEquals(List.of("analysis.json", "articles.csv", "findings.csv", "index.html"), names.stream()
                .filter(n -> Set.of("analysis.json", "articles.csv", "findings.csv", "index.html").contains(n)).toList());
        assertEquals(names, list(tmp.resolve("two")));
        for (String n : names) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve(n)), Files.readAllBytes(tmp.resolve("two").resolve(n)), n);
        }
    }

    @Test
    void htmlIsSelfContained() throws IOException {
        Slant.report(seeds(), tmp.resolve("r"));
        Document d = Jsoup.parse(Files.readString(tmp.resolve("r/index.html")));
        assertTrue(d.select("script[src], link[href], img[src^=http], iframe, object, embed").isEmpty());
        assertEquals(5, d.select("#overview tbody tr").size());
        assertFalse(d.html().contains("http://") && d.select("[src*=http]").size() > 0);
    }

    @Test
    void articlesCsvHasOneRowPerArticleAndFindingsCsvParses() throws IOException {
        Slant.report(seeds(), tmp.resolve("r"));
        List<String> lines = Files.readAllLines(tmp.resolve("r/articles.csv"), StandardCharsets.UTF_8);
        assertEquals(6, lines.size());
        assertTrue(lines.get(0).startsWith("id,file,outlet,outlet_kind,outlet_source,title,date,url,words,"));
        var rows = new com.fasterxml.jackson.dataformat.csv.CsvMapper()
                .readerForListOf(String.class).with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
                .readValues(tmp.resolve("r/findings.csv").toFile()).readAll();
        assertEquals(List.of("article", "outlet", "extractor", "category", "start", "end", "text", "voice", "rule",
                "weight", "attrs"), rows.get(0));
    }

    @Test
    void anInterruptedWriteLeavesThePreviousReportIntact() throws IOException {
        Path out = tmp.resolve("r");
        Slant.report(seeds(), out);
        byte[] before = Files.readAllBytes(out.resolve("analysis.json"));
        // a file name the file system refuses makes the write fail half-way
        Map<String, byte[]> broken = new java.util.LinkedHashMap<>();
        broken.put("analysis.json", "{}".getBytes(StandardCharsets.UTF_8));
        broken.put("bad\0name", new byte[0]);
        assertThrows(Exception.class, () -> ReportWriter.writeAll(broken, out));
        assertArrayEquals(before, Files.readAllBytes(out.resolve("analysis.json")));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of("r"), s.map(p -> p.getFileName().toString()).sorted().toList(), "temporary folders left");
        }
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
