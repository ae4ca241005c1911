package org.slant.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.dev.bench.BenchCorpus;
import org.slant.model.Article;
import org.slant.report.csv.CsvReports;
import org.slant.dev.synth.SyntheticCorpus;
import org.slant.testing.CliRun;
import org.slant.testing.Project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing silently dropped: 3,000 synthetic articles with {@code --sample 100}. Every output file and every
 * standard-output format lists all 3,000 articles with all their findings (checked against
 * {@code --format jsonl}, which streams every article and holds none back), the page says it shows 100 of
 * 3,000, and standard error says so with the numbers. The articles are short (three paragraphs of the
 * seeds, reworded and mixed) so that the five runs take seconds.
 */
class SampledOutputsTest {

    static final int N = 3000;

    @TempDir
    static Path tmp;

    static Path corpus;
    /** Article id to its number of findings, in input order, from a stream that keeps every result. */
    static final Map<String, Integer> expected = new LinkedHashMap<>();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void corpusAndReference() throws Exception {
        List<Article> sources = new ArrayList<>();
        for (Article a : BenchCorpus.load(List.of(Project.seeds().toString()))) {
            List<String> paragraphs = Arrays.asList(a.raw().split("\n\n"));
            String shortText = String.join("\n\n", paragraphs.subList(0, Math.min(3, paragraphs.size())));
            sources.add(new Article(a.id(), a.file(), a.format(), a.meta(), shortText, List.of()));
        }
        corpus = tmp.resolve("corpus.jsonl");
        new SyntheticCorpus(sources, 4, 7).writeJsonl(N, corpus);
        // the reference: --format jsonl streams every article as it is analysed and holds none back
        CliRun jsonl = CliRun.run("analyze", "--quiet", "--sample", "100", "--format", "jsonl", corpus.toString());
        assertEquals(0, jsonl.code(), jsonl.err());
        for (String line : jsonl.out().split("\n")) {
            JsonNode a = JSON.readTree(line);
            expected.put(a.get("id").asText(), a.get("findings").size());
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            ids.add(String.format(java.util.Locale.ROOT, "synth-%07d", i));
        }
        assertEquals(ids, new ArrayList<>(expected.keySet()));
        int total = expected.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(total > N, "findings in the articles: " + total);
    }

    @Test
    void everyOutputListsEveryArticleAndFindingAndThePageSaysItShowsASample() throws Exception {
        Path out = tmp.resolve("report");
        CliRun report = CliRun.run("report", "--quiet", "--threads", "2", "--sample", "100", "--out", out.toString(),
                corpus.toString());
        assertEquals(0, report.code(), report.err());
        assertTrue(report.err().contains("3,000 articles analysed") && report.err().contains("a sample of 100"),
                report.err());
        assertEquals(expected, findingsPerArticle(out.resolve("findings.csv")));
        String articlesCsv = Files.readString(out.resolve("articles.csv"));
        assertEquals(new ArrayList<>(expected.keySet()), firstColumn(articlesCsv));
        String analysisJson = Files.readString(out.resolve("analysis.json"));
        JsonNode doc = JSON.readTree(analysisJson);
        checkDocument(doc);
        try (java.io.InputStream in = getClass().getResourceAsStream("/schema/analysis.schema.json")) {
            var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            // the first 50 articles (validating all 3,000 would take most of the test's time)
            var articles = (com.fasterxml.jackson.databind.node.ArrayNode) doc.get("articles");
            while (articles.size() > 50) {
                articles.remove(articles.size() - 1);
            }
            assertEquals(java.util.Set.of(), schema.validate(doc),
                    "analysis.json of a sampled corpus validates against the schema");
        }
        String page = Files.readString(out.resolve("index.html"));
        assertTrue(page.contains("<h1>3,000 articles from "), "the heading counts the corpus");
        assertTrue(page.contains("showing 100 of 3,000 articles"));
        assertTrue(page.contains("analysis.json list all 3,000 articles and every finding"));
        assertTrue(Files.notExists(out.resolve(".articles.spool")), "the spool is not left in the report");

        // standard output, in every format; one thread here, two for the report: the same bytes
        CliRun json = CliRun.run("analyze", "--quiet", "--threads", "1", "--sample", "100", "--format", "json",
                corpus.toString());
        assertEquals(0, json.code(), json.err());
        assertEquals(analysisJson, json.out());
        assertTrue(json.err().contains("3,000 articles analysed") && json.err().contains("a sample of 100"), json.err());
        CliRun csv = CliRun.run("analyze", "--quiet", "--sample", "100", "--format", "csv", corpus.toString());
        assertEquals(articlesCsv, csv.out());
        CliRun text = CliRun.run("analyze", "--quiet", "--sample", "100", corpus.toString());
        Map<String, Integer> summaries = new LinkedHashMap<>();
        for (String line : text.out().split("\n")) {
            if (line.startsWith("synth-")) {
                String[] w = line.split("\\s+");
                summaries.put(w[0], Integer.parseInt(w[w.length - 2]));
            }
        }
        assertEquals(expected, summaries);
        assertTrue(text.out().endsWith("3000 articles, 0 errors\n"), text.out().substring(text.out().length() - 100));
    }

    /** analysis.json: the counts in {@code corpus}, every article in order, each with all its findings. */
    private static void checkDocument(JsonNode doc) {
        JsonNode c = doc.get("corpus");
        assertEquals(N, c.get("articles").asInt());
        assertEquals(100, c.get("held").asInt());
        assertTrue(c.get("sampled").asBoolean());
        Map<String, Integer> got = new LinkedHashMap<>();
        int withReuse = 0;
        for (JsonNode a : doc.get("articles")) {
            got.put(a.get("id").asText(), a.get("findings").size());
            withReuse += a.get("metrics").has("reuse.shared_share") ? 1 : 0;
        }
        assertEquals(expected, got);
        assertEquals(100, withReuse, "the comparison's metrics on the held articles only");
        assertEquals(100, doc.get("comparison").get("articles").asInt());
    }

    /** Rows of findings.csv per article (the first column), parsed as CSV: text cells may hold newlines. */
    private static Map<String, Integer> findingsPerArticle(Path csv) throws Exception {
        Map<String, Integer> n = new LinkedHashMap<>();
        expected.keySet().forEach(id -> n.put(id, 0));
        try (var it = new com.fasterxml.jackson.dataformat.csv.CsvMapper().readerForListOf(String.class)
                .with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
                .<List<String>>readValues(csv.toFile())) {
            assertEquals(CsvReports.FINDING_COLUMNS, it.next());
            while (it.hasNext()) {
                List<String> row = it.next();
                assertEquals(CsvReports.FINDING_COLUMNS.size(), row.size());
                n.merge(row.get(0), 1, Integer::sum);
            }
        }
        return n;
    }

    private static List<String> firstColumn(String csv) {
        List<String> ids = new ArrayList<>();
        String[] lines = csv.split("\n");
        for (int i = 1; i < lines.length; i++) {
            ids.add(lines[i].substring(0, lines[i].indexOf(',')));
        }
        return ids;
    }
}
