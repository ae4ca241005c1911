package org.slant.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.Slant;
import org.slant.batch.ResultSink;
import org.slant.batch.RunOptions;
import org.slant.dev.bench.BenchCorpus;
import org.slant.model.AnalysisError;
import org.slant.model.Article;
import org.slant.model.ArticleResult;
import org.slant.dev.synth.SyntheticCorpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job in local mode gives exactly the metrics the command line gives for the same articles:
 * on the seeds (with their manifest's outlets) and on a synthetic corpus.
 */
class SlantSparkJobTest {

    static SparkSession spark;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("slant-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1").getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static Path seedsDir() {
        return Path.of(System.getProperty("slant.project.dir", "..")).resolve("seeds");
    }

    @Test
    void seedsGiveTheCommandLinesMetrics() throws IOException {
        List<Article> seeds = BenchCorpus.load(List.of(seedsDir().toString()));
        Path jsonl = writeJsonl(seeds, tmp.resolve("seeds.jsonl"));
        assertSame(jsonl, 5);
    }

    @Test
    void aSyntheticCorpusGivesTheCommandLinesMetrics() throws IOException {
        List<Article> out = new ArrayList<>();
        new SyntheticCorpus(BenchCorpus.load(List.of(seedsDir().toString())), 3, 11).generate(120, out::add);
        Path jsonl = writeJsonl(out, tmp.resolve("synth.jsonl"));
        assertSame(jsonl, 120);
        // outlet profiles are Spark SQL aggregations of the same metrics
        List<Row> outlets = spark.read().parquet(tmp.resolve("out/outlets").toString()).collectAsList();
        assertTrue(outlets.size() > 10);
    }

    @Test
    void parquetInputWorksToo() throws IOException {
        List<Article> seeds = BenchCorpus.load(List.of(seedsDir().toString()));
        Path jsonl = writeJsonl(seeds, tmp.resolve("seeds.jsonl"));
        String parquet = tmp.resolve("seeds.parquet").toString();
        spark.read().schema(SlantSparkJob.INPUT).json(jsonl.toString()).write().parquet(parquet);
        SlantSparkJob.run(spark, parquet, "parquet", tmp.resolve("pq").toString());
        assertEquals(5, spark.read().parquet(tmp.resolve("pq/articles").toString()).count());
        assertEquals(cliMetrics(jsonl), sparkMetrics(tmp.resolve("pq")));
    }

    private void assertSame(Path jsonl, int articles) {
        Path out = tmp.resolve("out");
        SlantSparkJob.run(spark, jsonl.toString(), "jsonl", out.toString());
        Map<String, Map<String, Double>> fromSpark = sparkMetrics(out);
        Map<String, Map<String, Double>> fromCli = cliMetrics(jsonl);
        assertEquals(articles, fromCli.size());
        assertEquals(fromCli, fromSpark);
        long findings = spark.read().parquet(out.resolve("findings").toString()).count();
        assertTrue(findings > 0);
    }

    private static Map<String, Map<String, Double>> sparkMetrics(Path out) {
        Map<String, Map<String, Double>> m = new TreeMap<>();
        for (Row r : spark.read().parquet(out.resolve("metrics").toString()).collectAsList()) {
            m.computeIfAbsent(r.getString(0), k -> new TreeMap<>()).put(r.getString(2), r.getDouble(3));
        }
        return m;
    }

    /** What the command line's streaming analysis gives for the same JSONL file. */
    private static Map<String, Map<String, Double>> cliMetrics(Path jsonl) {
        Map<String, Map<String, Double>> m = new TreeMap<>();
        Slant.stream(List.of(jsonl.toString()), RunOptions.defaults(), new ResultSink() {
            @Override
            public void result(ArticleResult r) {
                m.put(r.id(), new TreeMap<>(r.metrics()));
            }

            @Override
            public void error(AnalysisError e) {
                throw new AssertionError(e.line());
            }
        }, f -> false);
        return m;
    }

    private static Path writeJsonl(List<Article> articles, Path file) throws IOException {
        StringBuilder b = new StringBuilder();
        for (Article a : articles) {
            b.append(SyntheticCorpus.jsonl(a)).append('\n');
        }
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
        return file;
    }
}
