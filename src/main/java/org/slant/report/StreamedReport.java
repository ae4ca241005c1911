package org.slant.report;

import org.slant.Slant;
import org.slant.batch.ArticleSpool;
import org.slant.lexicon.Lexicons;
import org.slant.model.Analysis;

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
     * @param lexicons the lexicons of the run (the page's Method section lists them)
     * @return the analysis (the held sample); when no article could be analysed, nothing is written
     */
    public static Analysis write(List<String> paths, Slant.Options options, Lexicons lexicons, Path outDir)
            throws IOException {
        Analysis[] out = new Analysis[1];
        try {
            ReportWriter.writeInto(outDir, tmp -> {
                Path spoolFile = tmp.resolve(SPOOL);
                List<Path> exclude = new ArrayList<>(options.exclude());
                exclude.add(outDir);
                exclude.add(tmp); // a report folder inside the corpus folder: its temporary sibling is no input
                try (ArticleSpool spool = new ArticleSpool(spoolFile, tmp.resolve("findings.csv"))) {
                    Analysis a = Slant.analyzeAll(paths, options.withExclude(exclude), spool);
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
