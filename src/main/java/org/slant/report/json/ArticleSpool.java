package org.slant.report.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slant.batch.ResultSink;
import org.slant.model.AnalysisError;
import org.slant.model.ArticleResult;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Every article of a run, kept on disk as it arrives so that the files that list every article (articles.csv,
 * findings.csv, analysis.json) can be written whole after the run while memory holds only the sample. Each
 * article's {@code analysis.json} object goes to a spool file, one line each (findings.csv rows are written
 * as they come by {@link org.slant.report.csv.FindingsCsv}, a sink of their own). Memory: the set of metric
 * names, nothing per article.
 */
public final class ArticleSpool implements ResultSink, AutoCloseable {

    /** Reads an article back. */
    public interface Reader {
        void article(ObjectNode article) throws IOException;
    }

    private final Path spool;
    private final OutputStream lines;
    private final SortedSet<String> metricNames = new TreeSet<>();
    private long count;
    private final Utf8Buffer line = new Utf8Buffer();
    private final ArticleJson json = new ArticleJson(line);
    private boolean closed;

    /** @param spool the spool file (created or emptied; the caller deletes it after use) */
    public ArticleSpool(Path spool) throws IOException {
        this.spool = spool;
        this.lines = new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16);
    }

    @Override
    public void result(ArticleResult r) {
        try {
            json.line(r, null);
            line.writeTo(lines);
            metricNames.addAll(r.metrics().keySet());
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void error(AnalysisError e) {
        // errors are kept by the run (the streamed run) and written with the analysis
    }

    /** Articles spooled so far. */
    public long count() {
        return count;
    }

    /** The metric names of every spooled article, sorted. */
    public SortedSet<String> metricNames() {
        return Collections.unmodifiableSortedSet(metricNames);
    }

    /** Finishes writing (idempotent); after this the articles can be read back. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            lines.close();
        }
    }

    /** Reads every article back, in the order they arrived, one at a time. */
    public void forEach(Reader reader) throws IOException {
        close();
        try (BufferedReader in = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode n = AnalysisJson.mapper().readTree(line);
                reader.article((ObjectNode) n);
            }
        }
    }
}
