package org.slant.report.csv;

import org.slant.batch.ResultSink;
import org.slant.model.AnalysisError;
import org.slant.model.ArticleResult;
import org.slant.model.Finding;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * findings.csv written as the articles arrive, for a streamed run: the comparison never changes findings,
 * so each article's rows are final when it is analysed and memory holds none of them. (It was part of the
 * JSON spool; a sink of its own keeps the JSON package free of the CSV one.)
 */
public final class FindingsCsv implements ResultSink, AutoCloseable {

    private final OutputStream out;
    private boolean closed;

    /** @param file where findings.csv goes (created or emptied); the header is written at once */
    public FindingsCsv(Path file) throws IOException {
        this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        out.write(CsvTable.line(CsvReports.FINDING_COLUMNS).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void result(ArticleResult r) {
        StringBuilder b = new StringBuilder();
        for (Finding f : r.findings()) {
            CsvTable.appendLine(b, CsvReports.findingRow(r, f));
        }
        try {
            out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void error(AnalysisError e) {
        // errors are kept by the run and written with the analysis
    }

    /** Finishes writing (idempotent). */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            out.close();
        }
    }
}
