package org.slant.report;

import org.slant.batch.ResultSink;
import org.slant.files.OutputFolder;
import org.slant.model.AnalysisError;
import org.slant.model.ArticleResult;
import org.slant.model.Finding;
import org.slant.report.csv.CsvCells;
import org.slant.report.csv.CsvReports;
import org.slant.report.csv.CsvTable;
import org.slant.report.json.AnalysisJson;
import org.slant.report.json.ArticleJson;
import org.slant.report.json.Utf8Buffer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes per-article results to a folder as they arrive: {@code articles.jsonl} (one analysis.json
 * article object per line), {@code findings.csv} and {@code metrics.csv} (one row per finding, per metric),
 * {@code errors.jsonl}. Each article's rows are written whole and flushed, the CSV rows before its JSONL
 * line, so the JSONL line is the commit mark: a resumed run first cuts any partial last line, takes the
 * articles of {@code articles.jsonl} and {@code errors.jsonl} as done, and drops CSV rows of any article
 * that did not reach {@code articles.jsonl}. An error record already in {@code errors.jsonl} is not written
 * again.
 */
public final class CorpusWriter implements ResultSink, AutoCloseable {

    static final List<String> FINDING_COLUMNS = CsvReports.FINDING_COLUMNS;
    static final List<String> METRIC_COLUMNS = List.of("article", "metric", "value");

    private final OutputStream articles;
    private final OutputStream findings;
    private final OutputStream metrics;
    private final OutputStream errors;
    private final Set<String> done;
    /** How often each record is already in errors.jsonl: a resumed run never writes one again. */
    private final Map<String, Integer> recordedErrors;
    private long written;
    private long failed;

    private CorpusWriter(Path dir, Set<String> done, Map<String, Integer> recordedErrors) throws IOException {
        this.done = done;
        this.recordedErrors = recordedErrors;
        articles = open(dir.resolve("articles.jsonl"), null);
        findings = open(dir.resolve("findings.csv"), FINDING_COLUMNS);
        metrics = open(dir.resolve("metrics.csv"), METRIC_COLUMNS);
        errors = open(dir.resolve("errors.jsonl"), null);
        json = new ArticleJson(buffer);
    }

    /**
     * Opens a folder for writing; with {@code resume}, keeps what a previous run finished. The folder must be
     * new, empty or Slant's ({@link OutputFolder}); it is marked as Slant's before anything else is written.
     */
    public static CorpusWriter open(Path dir, boolean resume) throws IOException {
        OutputFolder.checkOwned(dir);
        Files.createDirectories(dir);
        OutputFolder.mark(dir);
        Set<String> done = new HashSet<>();
        Map<String, Integer> recordedErrors = new java.util.HashMap<>();
        if (resume) {
            CorpusResume.keepFinished(dir, done, recordedErrors);
        } else {
            for (String name : List.of("articles.jsonl", "errors.jsonl", "findings.csv", "metrics.csv")) {
                Files.deleteIfExists(dir.resolve(name));
            }
        }
        return new CorpusWriter(dir, done, recordedErrors);
    }

    /** Inputs (the {@code file} of an article or error) a previous run finished. */
    public boolean isDone(String file) {
        return done.contains(file);
    }

    /** One article's rows or line, encoded as they are written (kept between articles: no buffer per article). */
    private final Utf8Buffer buffer = new Utf8Buffer();
    private final CsvCells cells = new CsvCells(buffer);
    private final ArticleJson json;
    /** Metric names' cells, each encoded once: every article repeats the same ones (bounded, as the same bytes). */
    private final Map<String, byte[]> metricCells = new java.util.HashMap<>();

    @Override
    public void result(ArticleResult r) {
        try {
            json.prepare(r);
            byte[] id = CsvCells.encoded(r.id());
            List<Finding> fs = r.findings();
            if (!fs.isEmpty()) {
                byte[] outlet = CsvCells.encoded(r.article().meta().outlet());
                for (int i = 0; i < fs.size(); i++) {
                    findingRow(id, outlet, fs.get(i), i);
                }
            }
            write(findings, buffer);
            for (Map.Entry<String, Double> e : r.metrics().entrySet()) {
                buffer.bytes(id);
                cells.comma();
                buffer.bytes(metricCell(e.getKey()));
                cells.comma();
                cells.number(e.getValue());
                cells.newline();
            }
            write(metrics, buffer);
            json.line(r, null);
            write(articles, buffer);
            written++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] metricCell(String name) {
        byte[] b = metricCells.get(name);
        if (b == null) {
            b = CsvCells.encoded(name);
            if (metricCells.size() < 4096) {
                metricCells.put(name, b);
            }
        }
        return b;
    }

    /** One row of findings.csv ({@link CsvReports#findingRow}'s cells), its attrs as prepared for the line. */
    private void findingRow(byte[] id, byte[] outlet, Finding f, int i) {
        buffer.bytes(id);
        cells.comma();
        buffer.bytes(outlet);
        cells.comma();
        cells.text(f.extractor());
        cells.comma();
        cells.text(f.category());
        cells.comma();
        cells.number(f.start());
        cells.comma();
        cells.number(f.end());
        cells.comma();
        cells.text(f.text());
        cells.comma();
        cells.text(f.voice().id());
        cells.comma();
        cells.text(f.rule());
        cells.comma();
        cells.number(f.weight());
        cells.comma();
        cells.text(json.attrsChars(), json.attrsStart(i), json.attrsEnd(i));
        cells.newline();
    }

    @Override
    public void error(AnalysisError e) {
        try {
            String line = AnalysisJson.mapper().writeValueAsString(e);
            if (recordedErrors.merge(line, -1, Integer::sum) < 0) {
                recordedErrors.remove(line);
                write(errors, line + "\n");
            }
            failed++;
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    public long written() {
        return written;
    }

    public long failed() {
        return failed;
    }

    @Override
    public void close() throws IOException {
        for (OutputStream s : List.of(articles, findings, metrics, errors)) {
            s.close();
        }
    }

    /** One write of whole lines, then a flush: a line is never left half in a buffer. */
    private static void write(OutputStream out, Utf8Buffer lines) throws IOException {
        if (lines.size() > 0) {
            lines.writeTo(out);
            out.flush();
        }
    }

    private static void write(OutputStream out, CharSequence lines) throws IOException {
        if (lines.length() > 0) {
            out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    private static OutputStream open(Path p, List<String> header) throws IOException {
        boolean fresh = !Files.exists(p) || Files.size(p) == 0;
        OutputStream out = Files.newOutputStream(p, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (fresh && header != null) {
            write(out, CsvTable.line(List.copyOf(header)));
        }
        return out;
    }
}
