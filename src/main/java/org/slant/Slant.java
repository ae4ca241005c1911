package org.slant;

import org.slant.batch.CorpusRunner;
import org.slant.batch.ResultSink;
import org.slant.batch.RunOptions;
import org.slant.batch.StreamSummary;
import org.slant.compare.Analysis;
import org.slant.extract.Analyzer;
import org.slant.ingest.Manifest;
import org.slant.lexicon.LexiconStore;
import org.slant.lexicon.Lexicons;
import org.slant.model.Article;
import org.slant.model.ArticleMeta;
import org.slant.model.ArticleResult;
import org.slant.pipeline.Pipeline;
import org.slant.report.ReportWriter;
import org.slant.report.StreamedReport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * The library's front door: analyse one article, analyse a set of files, write a report. The command
 * line, the Spark job and users' own programs all come through here. It only delegates: the standard
 * analysis is an {@link Analyzer} (built once, here, for the built-in lexicons), a run over files is a
 * {@link CorpusRunner}, the lexicon caches belong to one {@link LexiconStore}. A program that wants its own
 * caches or lexicons builds those objects itself.
 *
 * <pre>
 *   ArticleResult r = Slant.analyze(Slant.article("my-id", text));
 *   Analysis a = Slant.analyzeAll(List.of("seeds"), RunOptions.defaults());
 *   Slant.report(a, Path.of("reports/seeds"));
 * </pre>
 */
public final class Slant {

    /** The default lexicon store, and the analysis with its built-in lexicons (built on first use). */
    private static final LexiconStore LEXICONS = new LexiconStore();
    private static final CorpusRunner RUNNER = new CorpusRunner(LEXICONS);

    private Slant() {
    }

    private static final class Standard {
        static final Analyzer ANALYZER = Analyzer.of(LEXICONS.standard());
    }

    /** The lexicon store the facade uses (the built-in lexicons and their compiled forms, kept once). */
    public static LexiconStore lexicons() {
        return LEXICONS;
    }

    /** The facade's runner over files (its lexicons come from {@link #lexicons()}). */
    public static CorpusRunner runner() {
        return RUNNER;
    }

    /** The standard analysis with the built-in lexicons, built once. */
    public static Analyzer analyzer() {
        return Standard.ANALYZER;
    }

    /** An article from text, with metadata inferred from the text. */
    public static Article article(String id, String text) {
        return resolve(new Article(id, id, "txt", ArticleMeta.empty(), text, List.of()));
    }

    /** Fills in an article's outlet (inferred from the text) and title when it has none. */
    public static Article resolve(Article a) {
        return analyzer().resolve(a);
    }

    /** Fills in an article's metadata from its manifest entry (if any), else from its text. */
    public static Article resolve(Article a, Manifest manifest) {
        return analyzer().resolve(a, manifest);
    }

    /** The standard pipeline with the built-in lexicons (built once). */
    public static Pipeline pipeline() {
        return analyzer().pipeline();
    }

    /** The standard pipeline with these lexicons: segment, boilerplate, content, attribution, terminology. */
    public static Pipeline pipeline(Lexicons lexicons) {
        return Analyzer.of(lexicons).pipeline();
    }

    public static ArticleResult analyze(Article article) {
        return analyzer().analyze(article);
    }

    /** Analyses every article under the paths and compares them; see {@link CorpusRunner#analyzeAll}. */
    public static Analysis analyzeAll(List<String> paths, RunOptions options) {
        return RUNNER.analyzeAll(paths, options, null);
    }

    /** As {@link #analyzeAll(List, RunOptions)}, handing every result to {@code every} too. */
    public static Analysis analyzeAll(List<String> paths, RunOptions options, ResultSink every) {
        return RUNNER.analyzeAll(paths, options, every);
    }

    /** Streams every article under the paths through the pipeline; see {@link CorpusRunner#stream}. */
    public static StreamSummary stream(List<String> paths, RunOptions options, ResultSink sink, Predicate<String> skip) {
        return RUNNER.stream(paths, options, sink, skip);
    }

    /**
     * Writes the report set (index.html, CSVs, analysis.json) of an analysis held in memory and made with the
     * built-in lexicons, atomically. The folder must be new, empty or one Slant wrote
     * ({@link org.slant.files.OutputFolder}); any other is refused.
     */
    public static void report(Analysis analysis, Path outDir) throws IOException {
        new ReportWriter(LEXICONS.standard()).write(analysis, outDir);
    }

    /**
     * Analyses every article under the paths and writes the report set, atomically, in memory bounded by
     * the sample: the files that list every article are streamed. Returns the analysis (the held sample);
     * when no article could be analysed, nothing is written.
     */
    public static Analysis report(List<String> paths, RunOptions options, Path outDir) throws IOException {
        return StreamedReport.write(RUNNER, paths, options, outDir);
    }
}
