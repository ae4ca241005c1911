package org.slant.batch;

import org.slant.ingest.ArticleMetadata;
import org.slant.ingest.ArticleReaders;
import org.slant.ingest.InputFile;
import org.slant.ingest.Manifest;
import org.slant.ingest.ReadItem;
import org.slant.model.AnalysisError;
import org.slant.model.Article;
import org.slant.model.ArticleResult;
import org.slant.pipeline.Pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * Reads inputs lazily and analyses articles on several threads, handing results to a sink in input order.
 * At most a small window of articles is in flight (four per thread), so memory stays bounded whatever the
 * corpus size; the sink decides what to keep. One broken article gives one error and never stops the batch.
 */
public final class BatchAnalyzer {

    /** Results and errors in input order (for callers that keep everything). */
    public record Outcome(List<ArticleResult> results, List<AnalysisError> errors) {
    }

    private final Pipeline pipeline;
    private final ArticleMetadata metadata;
    private final ArticleReaders readers;
    private final int threads;

    public BatchAnalyzer(Pipeline pipeline, ArticleMetadata metadata, ArticleReaders readers, int threads) {
        this.pipeline = pipeline;
        this.metadata = metadata;
        this.readers = readers;
        this.threads = Math.max(1, threads);
    }

    /** Analyses everything and keeps every result in memory: for sets, not corpora. */
    public Outcome run(List<InputFile> files) {
        List<ArticleResult> results = new ArrayList<>();
        List<AnalysisError> errors = new ArrayList<>();
        stream(files, f -> false, new ResultSink() {
            @Override
            public void result(ArticleResult r) {
                results.add(r);
            }

            @Override
            public void error(AnalysisError e) {
                errors.add(e);
            }
        }, Progress.NONE);
        return new Outcome(results, errors);
    }

    /**
     * Streams the inputs through the pipeline. Articles and read errors whose {@code file} the skip predicate
     * accepts are not analysed or reported again (a resumed run). Returns the number of articles delivered.
     */
    public long stream(List<InputFile> files, Predicate<String> skip, ResultSink sink, Progress progress) {
        int window = threads * 4;
        Deque<Object> pending = new ArrayDeque<>(); // Future<ArticleResult> or AnalysisError, in input order
        Deque<String> pendingFiles = new ArrayDeque<>();
        Deque<Long> pendingBytes = new ArrayDeque<>();
        Map<String, Integer> ids = new HashMap<>();
        long[] delivered = {0};
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "slant-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            for (InputFile in : files) {
                Iterator<ReadItem> items = readers.read(in);
                while (items.hasNext()) {
                    ReadItem item = items.next();
                    if (!item.isOk() && skip.test(item.error().file())) {
                        continue; // a resumed run: this input's error is already on record
                    } else if (!item.isOk()) {
                        pending.add(item.error());
                        pendingFiles.add(item.error().file());
                        pendingBytes.add(0L);
                    } else if (skip.test(item.article().file())) {
                        progress.skipped(item.article().raw().length());
                        continue;
                    } else {
                        Article a = item.article();
                        Optional<Manifest.Entry> entry = in.manifest() == null ? Optional.empty()
                                : in.manifest().find(a.format().equals("jsonl") ? null : in.path(), a.id());
                        // metadata (outlet inference) on the worker too: on the reading thread it was the
                        // serial part of a batch
                        pending.add(pool.submit(() -> pipeline.analyze(metadata.resolve(a, entry))));
                        pendingFiles.add(a.file());
                        pendingBytes.add((long) a.raw().length());
                    }
                    // deliver what is done at the head; block on the head when the window is full
                    while (!pending.isEmpty() && (pending.size() > window || isDone(pending.peekFirst()))) {
                        deliver(pending.pollFirst(), pendingFiles.pollFirst(), pendingBytes.pollFirst(), ids, sink,
                                progress, delivered);
                    }
                }
            }
            while (!pending.isEmpty()) {
                deliver(pending.pollFirst(), pendingFiles.pollFirst(), pendingBytes.pollFirst(), ids, sink, progress,
                        delivered);
            }
            progress.finish();
            return delivered[0];
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean isDone(Object slot) {
        return !(slot instanceof Future<?> f) || f.isDone();
    }

    private static void deliver(Object slot, String file, long bytes, Map<String, Integer> ids, ResultSink sink,
                                Progress progress, long[] delivered) {
        if (slot instanceof AnalysisError e) {
            sink.error(e);
            progress.done(bytes, true);
            return;
        }
        try {
            ArticleResult r = (ArticleResult) ((Future<?>) slot).get();
            sink.result(uniqueId(r, ids));
            delivered[0]++;
            progress.done(bytes, false);
        } catch (ExecutionException e) {
            Throwable c = e.getCause() == null ? e : e.getCause();
            sink.error(new AnalysisError(file, "analysis failed: "
                    + oneLine(c.getMessage() == null ? c.toString() : c.getMessage())));
            progress.done(bytes, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sink.error(new AnalysisError(file, "analysis interrupted"));
        }
    }

    /** Two inputs with the same id (a.txt in two folders) get -2, -3, ... in input order. */
    private static ArticleResult uniqueId(ArticleResult r, Map<String, Integer> ids) {
        int n = ids.merge(r.id(), 1, Integer::sum);
        if (n == 1) {
            return r;
        }
        Article a = r.article();
        Article renamed = new Article(a.id() + "-" + n, a.file(), a.format(), a.meta(), a.raw(), a.markup());
        return new ArticleResult(renamed, r.words(), r.metrics(), r.findings(), r.notes(), r.content());
    }

    private static String oneLine(String s) {
        return s == null ? "unknown error" : s.replaceAll("\\s+", " ").trim();
    }
}
