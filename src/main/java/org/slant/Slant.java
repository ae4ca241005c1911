package org.slant;

import org.slant.batch.BatchAnalyzer;
import org.slant.ingest.ArticleMetadata;
import org.slant.ingest.ArticleReaders;
import org.slant.ingest.InputCollector;
import org.slant.ingest.Manifest;
import org.slant.ingest.OutletInference;
import org.slant.ingest.OutletKind;
import org.slant.lexicon.Lexicons;
import org.slant.model.Analysis;
import org.slant.model.AnalysisError;
import org.slant.model.Article;
import org.slant.model.ArticleMeta;
import org.slant.model.ArticleResult;
import org.slant.pipeline.ContentStage;
import org.slant.pipeline.Pipeline;
import org.slant.pipeline.SegmentStage;
import org.slant.report.ReportWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The library's front door: analyse one article, analyse a set of files, write a report. The command
 * line, the Spark job and users' own programs all come through here.
 *
 * <pre>
 *   ArticleResult r = Slant.analyze(Slant.article("my-id", text));
 *   Analysis a = Slant.analyzeAll(List.of("seeds"), Slant.Options.defaults());
 *   Slant.report(a, Path.of("reports/seeds"));
 * </pre>
 */
public final class Slant {

    private Slant() {
    }

    /** Settings for a run. */
    public record Options(Path manifest, List<Path> lexicons, long maxArticleBytes, int threads) {

        public static Options defaults() {
            return new Options(null, List.of(), ArticleReaders.DEFAULT_MAX_ARTICLE_BYTES,
                    Runtime.getRuntime().availableProcessors());
        }

        public Options withManifest(Path m) {
            return new Options(m, lexicons, maxArticleBytes, threads);
        }

        public Options withLexicons(List<Path> l) {
            return new Options(manifest, l, maxArticleBytes, threads);
        }

        public Options withMaxArticleBytes(long b) {
            return new Options(manifest, lexicons, b, threads);
        }

        public Options withThreads(int t) {
            return new Options(manifest, lexicons, maxArticleBytes, t);
        }
    }

    /** An article from text, with metadata inferred from the text. */
    public static Article article(String id, String text) {
        return resolve(new Article(id, id, "txt", ArticleMeta.empty(), text, List.of()));
    }

    /** Fills in an article's outlet (inferred from the text) and title when it has none. */
    public static Article resolve(Article a) {
        return metadata(Lexicons.standard()).resolve(a, Optional.empty());
    }

    /** The standard pipeline with the built-in lexicons. */
    public static Pipeline pipeline() {
        return pipeline(Lexicons.standard());
    }

    /** The standard pipeline: segment, boilerplate, content, attribution, terminology. */
    public static Pipeline pipeline(Lexicons lexicons) {
        return Pipeline.builder()
                .add(new SegmentStage())
                .add(new org.slant.extract.boilerplate.BoilerplateExtractor(lexicons))
                .add(new ContentStage())
                .build();
    }

    public static ArticleResult analyze(Article article) {
        return pipeline().analyze(article);
    }

    /** Analyses every article under the given paths. Errors are collected, never thrown. */
    public static Analysis analyzeAll(List<String> paths, Options options) {
        Lexicons lexicons = Lexicons.withUserFiles(options.lexicons());
        List<AnalysisError> errors = new ArrayList<>();
        Manifest manifest = null;
        if (options.manifest() != null) {
            try {
                manifest = Manifest.readOrThrow(options.manifest(), options.manifest().toString().replace('\\', '/'));
            } catch (org.slant.ingest.IngestException e) {
                errors.add(new AnalysisError(options.manifest().toString(), e.getMessage()));
            }
        }
        InputCollector.Collected c = InputCollector.collect(paths, manifest);
        errors.addAll(c.errors());
        BatchAnalyzer batch = new BatchAnalyzer(pipeline(lexicons), metadata(lexicons),
                new ArticleReaders(options.maxArticleBytes()), options.threads());
        BatchAnalyzer.Outcome out = batch.run(c.files());
        errors.addAll(out.errors());
        return new Analysis(Version.get(), out.results(), null, errors);
    }

    /** Writes the report set (index.html, CSVs, analysis.json) into a folder, atomically. */
    public static void report(Analysis analysis, Path outDir) throws IOException {
        new ReportWriter().write(analysis, outDir);
    }

    static ArticleMetadata metadata(Lexicons lexicons) {
        return new ArticleMetadata(new OutletInference(lexicons.compile(new OutletKind())));
    }
}
