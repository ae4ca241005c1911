package org.slant.batch;

import org.slant.compare.Analysis;
import org.slant.compare.CorpusAccumulator;
import org.slant.config.Version;
import org.slant.extract.Analyzer;
import org.slant.extract.terminology.LoadedModel;
import org.slant.files.PathFence;
import org.slant.ingest.ArticleReaders;
import org.slant.ingest.IngestException;
import org.slant.ingest.InputCollector;
import org.slant.ingest.InputFile;
import org.slant.ingest.Manifest;
import org.slant.lexicon.LexiconStore;
import org.slant.model.AnalysisError;
import org.slant.model.ArticleResult;
import org.slant.model.Corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Runs the analysis over a set of inputs: collects the files, streams them through the standard analysis
 * on all threads in bounded memory, and (for {@link #analyzeAll}) compares a deterministic sample against
 * running totals of the whole corpus. Errors are collected, never thrown. Its lexicons come from the store
 * it is given (the built-ins plus a run's {@code --lexicon} files).
 */
public final class CorpusRunner {

    private final LexiconStore lexicons;

    public CorpusRunner(LexiconStore lexicons) {
        this.lexicons = lexicons;
    }

    public LexiconStore lexicons() {
        return lexicons;
    }

    /**
     * Analyses every article under the paths and compares them, handing every result to {@code every} too
     * (may be null; before sampling, in input order), so that outputs which list every article can be
     * written from it while the analysis holds only the sample ({@link RunOptions#sampleLimit()}).
     */
    public Analysis analyzeAll(List<String> paths, RunOptions options, ResultSink every) {
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
     * Streams every article under the paths through the pipeline, on all threads, handing results and
     * errors to the sink in input order, in bounded memory. Inputs whose {@code file} the skip test accepts
     * are not analysed (a resumed run).
     */
    public StreamSummary stream(List<String> paths, RunOptions options, ResultSink sink, Predicate<String> skip) {
        Analyzer analyzer = Analyzer.of(lexicons.withUserFiles(options.lexicons()),
                options.loadedModel() ? LoadedModel.builtIn() : null);
        List<AnalysisError> errors = new ArrayList<>();
        Manifest manifest = null;
        PathFence fence = PathFence.of(options.allowOutsidePaths(), paths);
        if (options.manifest() != null) {
            try {
                manifest = Manifest.readOrThrow(options.manifest(), options.manifest().toString().replace('\\', '/'),
                        fence);
            } catch (IngestException e) {
                String where = e.where() != null ? e.where() : options.manifest().toString();
                errors.add(new AnalysisError(where, e.getMessage()));
            }
        }
        InputCollector.Collected c = InputCollector.collect(paths, manifest, options.exclude(), fence);
        errors.addAll(c.errors());
        errors.forEach(sink::error);
        BatchAnalyzer batch = new BatchAnalyzer(analyzer.pipeline(), analyzer.metadata(),
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

    /** The inputs' size, for the progress line's time left; unreadable files count 0 (the reader reports them). */
    private static long totalBytes(List<InputFile> files) {
        long total = 0;
        for (InputFile f : files) {
            try {
                total += Files.size(f.path());
            } catch (IOException e) {
                // unreadable: the reader reports it
            }
        }
        return total;
    }
}
