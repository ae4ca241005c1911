package org.slant.report.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.Slant;
import org.slant.batch.ResultSink;
import org.slant.batch.RunOptions;
import org.slant.compare.Analysis;
import org.slant.model.ArticleResult;
import org.slant.report.ReportWriter;
import org.slant.report.csv.CsvReports;
import org.slant.report.csv.FindingsCsv;
import org.slant.report.json.AnalysisJson;
import org.slant.report.json.ArticleSpool;
import org.slant.testing.Project;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The spooled articles give the same files as the articles held in memory, and every article when sampled. */
class ArticleRecordsTest {

    @TempDir
    Path tmp;

    private static final List<String> SEEDS = List.of(Project.seeds().toString());

    @Test
    void spooledFilesAreByteIdenticalToTheHeldOnesWhenNothingIsSampled() throws Exception {
        try (ArticleSpool spool = new ArticleSpool(tmp.resolve("spool"));
             FindingsCsv findings = new FindingsCsv(tmp.resolve("findings.csv"))) {
            Analysis a = Slant.analyzeAll(SEEDS, RunOptions.defaults(), ResultSink.all(spool, findings));
            findings.close();
            ByteArrayOutputStream spooled = new ByteArrayOutputStream();
            AnalysisJson.write(a, ArticleRecords.spooled(a, spool), spooled);
            assertArrayEquals(AnalysisJson.bytes(a), spooled.toByteArray());
            StringWriter csv = new StringWriter();
            CsvReports.articles(ArticleRecords.spooled(a, spool), csv);
            assertEquals(CsvReports.articles(a), csv.toString());
            assertEquals(CsvReports.findings(a), Files.readString(tmp.resolve("findings.csv")));
        }
    }

    @Test
    void aSampleHoldsTwoButEveryArticleIsListedAndOnlyTheHeldHaveReuseMetrics() throws Exception {
        List<String> all = new ArrayList<>();
        Slant.analyzeAll(SEEDS, RunOptions.defaults()).articles().forEach(r -> all.add(r.id()));
        try (ArticleSpool spool = new ArticleSpool(tmp.resolve("spool"))) {
            Analysis a = Slant.analyzeAll(SEEDS, RunOptions.defaults().withSampleLimit(2), spool);
            assertEquals(2, a.articles().size());
            assertTrue(a.corpus().sampled());
            List<String> held = a.articles().stream().map(ArticleResult::id).toList();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            AnalysisJson.write(a, ArticleRecords.spooled(a, spool), out);
            JsonNode doc = new ObjectMapper().readTree(out.toByteArray());
            List<String> listed = new ArrayList<>();
            for (JsonNode art : doc.get("articles")) {
                String id = art.get("id").asText();
                listed.add(id);
                assertEquals(held.contains(id), art.get("metrics").has("reuse.shared_share"), id);
            }
            assertEquals(all, listed);
            assertEquals(5, doc.get("corpus").get("articles").asInt());
            assertEquals(2, doc.get("corpus").get("held").asInt());
            // a report of the held sample alone (the library's in-memory path) says its files hold only those
            String page = new String(new ReportWriter(Slant.lexicons().standard()).render(a).get("index.html"), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(page.contains("showing 2 of 5 articles") && page.contains("list the same 2"), page);
        }
    }
}
