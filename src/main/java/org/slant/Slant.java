package org.slant;

import org.slant.batch.BatchAnalyzer;
import org.slant.batch.Progress;
import org.slant.batch.ResultSink;
import org.slant.batch.Sampler;
import org.slant.compare.CorpusAccumulator;
import org.slant.model.Corpus;
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

    /**
     * Settings for a run.
     *
     * @param sampleLimit most articles an {@link Analysis} holds with their findings; a larger corpus is
     *                    represented by a deterministic sample of this size in the comparison and the page
     *                    (outlet profiles still cover all; a streamed report's data files list every article)
     * @param quiet       no progress line on standard error
     * @param exclude     folders never read as input (the run's own output folder)
     * @param allowOutsidePaths whether a manifest may list files outside its folder and the inputs
     *                    ({@link org.slant.files.PathFence})
     */
    public record Options(Path manifest, List<Path> lexicons, long maxArticleBytes, int threads, int sampleLimit,
                          boolean quiet, List<Path> exclude, boolean allowOutsidePaths) {

        /**
         * A held article costs many times its text (tokens, sentences, quotations, findings, metrics): 300
         * leave room for the comparison and the page in a 256 MB heap (src/bench/memory-256m.sh). Outputs that
         * list articles list every one, whatever the sample.
         */
        public static final int DEFAULT_SAMPLE_LIMIT = 300;

        public static Options defaults() {
            return new Options(null, List.of(), ArticleReaders.DEFAULT_MAX_ARTICLE_BYTES,
                    Runtime.getRuntime().availableProcessors(), DEFAULT_SAMPLE_LIMIT, true, List.of(), false);
        }

        public Options withManifest(Path m) {
            return new Options(m, lexicons, maxArticleBytes, threads, sampleLimit, quiet, exclude, allowOutsidePaths);
        }

        public Options withLexicons(List<Path> l) {
            return new Options(manifest, l, maxArticleBytes, threads, sampleLimit, quiet, exclude, allowOutsidePaths);
        }

        public Options withMaxArticleBytes(long b) {
            return new Options(manifest, lexicons, b, threads, sampleLimit, quiet, exclude, allowOutsidePaths);
        }

        public Options withThreads(int t) {
            return new Options(manifest, lexicons, maxArticleBytes, t, sampleLimit, quiet, exclude, allowOutsidePaths);
        }

        public Options withSampleLimit(int n) {
            return new Options(manifest, lexicons, maxArticleBytes, threads, n, quiet, exclude, allowOutsidePaths);
        }

        public Options withExclude(List<Path> e) {
            return new Options(manifest, lexicons, maxArticleBytes, threads, sampleLimit, quiet, List.copyOf(e),
                    allowOutsidePaths);
        }

        public Options withAllowOutsidePaths(boolean allow) {
            return new Options(manifest, lexicons, maxArticleBytes, threads, sampleLimit, quiet, exclude, allow);
        }

        public Options withQuiet(boolean q) {
            return new Options(manifest, lexicons, maxArticleBytes, threads, sampleLimit, q, exclude,
                    allowOutsidePaths);
        }
    }

    /** What a streamed run did. */
    public record StreamSummary(long articles, long skipped, List<AnalysisError> errors) {
    }

    /** The inputs' size, for the progress line's time left; unreadable files count 0 (the reader reports them). */
    private static long totalBytes(List<org.slant.ingest.InputFile> files) {
        long total = 0;
        for (org.slant.ingest.InputFile f : files) {
            try {
                total += java.nio.file.Files.size(f.path());
            } catch (IOException e) {
                // unreadable: the reader reports it
            }
        }
        return total;
    }

    /** An article from text, with metadata inferred from the text. */
    public static Article article(String id, String text) {
        return resolve(new Article(id, id, "txt", ArticleMeta.empty(), text, List.of()));
    }

    /** Fills in an article's outlet (inferred from the text) and title when it has none. */
    public static Article resolve(Article a) {
        return metadata(Lexicons.standard()).resolve(a, Optional.empty());
    }

    /** Fills in an article's metadata from its manifest entry (if any), else from its text. */
    public static Article resolve(Article a, Manifest manifest) {
        return metadata(Lexicons.standard()).resolve(a, manifest == null ? Optional.empty()
                : manifest.find(a.format().equals("jsonl") ? null : java.nio.file.Path.of(a.file()), a.id()));
    }

    /** The standard pipeline with the built-in lexicons. */
    public static Pipeline pipeline() {
        return pipeline(Lexicons.standard());
    }

    /** The standard pipeline: segment, boilerplate, content, attribution, terminology. */
    public static Pipeline pipeline(Lexicons lexicons) {
        return pipeline(lexicons, org.slant.extract.terminology.LoadedModel.builtIn());
    }

    /** The standard pipeline with this loaded-language model in the terminology stage (null: lexicons alone). */
    public static Pipeline pipeline(Lexicons lexicons, org.slant.extract.terminology.LoadedModel loaded) {
        return Pipeline.builder()
                .add(new SegmentStage())
                .add(new org.slant.extract.boilerplate.BoilerplateExtractor(lexicons))
                .add(new ContentStage())
                .add(new org.slant.extract.attribution.AttributionExtractor(lexicons))
                .add(new org.slant.extract.terminology.TerminologyExtractor(lexicons.compile(new org.slant.extract.terminology.TerminologyKind()), loaded))
                .build();
    }

    public static ArticleResult analyze(Article article) {
        return pipeline().analyze(article);
    }

    /**
     * Analyses every article under the given paths and compares them. Errors are collected, never thrown.
     * Memory is bounded: at most {@link Options#sampleLimit()} articles are held with their findings (a
     * deterministic sample when the corpus is larger), while outlet profiles cover every article.
     */
    public static Analysis analyzeAll(List<String> paths, Options options) {
        return analyzeAll(paths, options, null);
    }

    /**
     * As {@link #analyzeAll(List, Options)}, handing every result to {@code every} too (before sampling, in
     * input order), so that outputs which list every article can be written from it (an
     * {@link org.slant.batch.ArticleSpool}) while the analysis holds only the sample.
     */
    public static Analysis analyzeAll(List<String> paths, Options options, ResultSink every) {
        Sampler sampler = new Sampler(options.sampleLimit());
        CorpusAccumulator totals = new CorpusAccumulator();
        StreamSummary s = stream(paths, options, new ResultSink() {
            @Override
            public void result(ArticleResult r) {
                if (every != null) {
                    every.result(r);
                }
                totals.add(r);
                sampler.result(r);
            }

            @Override
            public void error(AnalysisError e) {
                if (every != null) {
                    every.error(e);
                }
            }
        }, file -> false);
        List<ArticleResult> held = sampler.held();
        Corpus corpus = new Corpus(s.articles(), held.size(), held.size() < s.articles(), s.errors().size());
        return new Analysis(Version.get(), corpus, held, null, s.errors()).compared(totals);
    }

    /**
     * Streams every article under the given paths through the pipeline, on all threads, handing results
     * and errors to the sink in input order, in bounded memory. Inputs whose {@code file} the skip test
     * accepts are not analysed (a resumed run).
     */
    public static StreamSummary stream(List<String> paths, Options options, ResultSink sink,
                                       java.util.function.Predicate<String> skip) {
        Lexicons lexicons = Lexicons.withUserFiles(options.lexicons());
        List<AnalysisError> errors = new ArrayList<>();
        Manifest manifest = null;
        org.slant.files.PathFence fence = org.slant.files.PathFence.of(options.allowOutsidePaths(), paths);
        if (options.manifest() != null) {
            try {
                manifest = Manifest.readOrThrow(options.manifest(), options.manifest().toString().replace('\\', '/'),
                        fence);
            } catch (org.slant.ingest.IngestException e) {
                String where = e.where() != null ? e.where() : options.manifest().toString();
                errors.add(new AnalysisError(where, e.getMessage()));
            }
        }
        InputCollector.Collected c = InputCollector.collect(paths, manifest, options.exclude(), fence);
        errors.addAll(c.errors());
        errors.forEach(sink::error);
        BatchAnalyzer batch = new BatchAnalyzer(pipeline(lexicons), metadata(lexicons),
                new ArticleReaders(options.maxArticleBytes()), options.threads());
        long[] skipped = {0};
        long done = batch.stream(c.files(), file -> {
            boolean s = skip.test(file);
            if (s) {
                skipped[0]++;
            }
            return s;
        }, new ResultSink() {
            @Override
            public void result(ArticleResult r) {
                sink.result(r);
            }

            @Override
            public void error(AnalysisError e) {
                errors.add(e);
                sink.error(e);
            }
        }, Progress.forTerminal(options.quiet(), () -> totalBytes(c.files())));
        return new StreamSummary(done, skipped[0], errors);
    }

    /**
     * Writes the report set (index.html, CSVs, analysis.json) of an analysis held in memory, atomically. The
     * folder must be new, empty or one Slant wrote ({@link org.slant.files.OutputFolder}); any other is refused.
     */
    public static void report(Analysis analysis, Path outDir) throws IOException {
        new ReportWriter().write(analysis, outDir);
    }

    /**
     * Analyses every article under the paths and writes the report set, atomically, in memory bounded by
     * the sample: the files that list every article are streamed. Returns the analysis (the held sample);
     * when no article could be analysed, nothing is written.
     */
    public static Analysis report(List<String> paths, Options options, Path outDir) throws IOException {
        return org.slant.report.StreamedReport.write(paths, options, Lexicons.withUserFiles(options.lexicons()), outDir);
    }

    static ArticleMetadata metadata(Lexicons lexicons) {
        return new ArticleMetadata(new OutletInference(lexicons.compile(new OutletKind())));
    }
}
