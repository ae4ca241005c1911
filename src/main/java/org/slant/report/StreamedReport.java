package org.slant.report;

import org.slant.batch.CorpusRunner;
import org.slant.batch.ResultSink;
import org.slant.batch.RunOptions;
import org.slant.compare.Analysis;
import org.slant.lexicon.Lexicons;
import org.slant.report.csv.FindingsCsv;
import org.slant.report.json.ArticleRecords;
import org.slant.report.json.ArticleSpool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The report of a corpus of any size in memory bounded by the sample: while the articles are analysed,
 * findings.csv and a spool of every article's analysis.json object are written into the report's
 * temporary folder; then analysis.json and articles.csv are written from the spool (the held articles with
 * their comparison metrics), the page and the comparison's files from the held sample, and the folder swaps
 * in. An interrupted run leaves the previous report as it was.
 */
public final class StreamedReport {

    /** Spool of the articles' JSON objects, inside the temporary folder; never part of the report. */
    static final String SPOOL = ".articles.spool";

    private StreamedReport() {
    }

    /** Thrown inside the filler so that no folder replaces the old one when nothing could be analysed. */
    private static final class NothingAnalysed extends RuntimeException {
        NothingAnalysed() {
            super(null, null, false, false);
        }
    }

    /**
     * @param runner runs the analysis; its store gives the run's lexicons (the page's Method section lists them)
     * @return the analysis (the held sample); when no article could be analysed, nothing is written
     */
    public static Analysis write(CorpusRunner runner, List<String> paths, RunOptions options, Path outDir)
            throws IOException {
        Lexicons lexicons = runner.lexicons().withUserFiles(options.lexicons());
        Analysis[] out = new Analysis[1];
        try {
            ReportWriter.writeInto(outDir, tmp -> {
                Path spoolFile = tmp.resolve(SPOOL);
                List<Path> exclude = new ArrayList<>(options.exclude());
                exclude.add(outDir);
                exclude.add(tmp); // a report folder inside the corpus folder: its temporary sibling is no input
                try (ArticleSpool spool = new ArticleSpool(spoolFile);
                     FindingsCsv findings = new FindingsCsv(tmp.resolve("findings.csv"))) {
                    Analysis a = runner.analyzeAll(paths, options.withExclude(exclude), ResultSink.all(spool, findings));
                    findings.close();
                    out[0] = a;
                    if (a.articles().isEmpty()) {
                        throw new NothingAnalysed();
                    }
                    new ReportWriter(lexicons).fill(a, ArticleRecords.spooled(a, spool), tmp, true);
                } finally {
                    Files.deleteIfExists(spoolFile);
                }
            });
        } catch (NothingAnalysed e) {
            // nothing written: the caller reports the errors
        }
        return out[0];
    }
}
