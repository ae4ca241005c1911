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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Reads inputs lazily and analyses articles in parallel, keeping the input order in the results.
 * One broken article gives one error and never stops the batch.
 */
public final class BatchAnalyzer {

    /** Results and errors in input order. */
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

    public Outcome run(List<InputFile> files) {
        List<Object> slots = new ArrayList<>(); // Future<ArticleResult> or AnalysisError, in input order
        List<String> slotFiles = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "slant-worker");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(threads * 4);
        try {
            for (InputFile in : files) {
                Iterator<ReadItem> items = readers.read(in);
                while (items.hasNext()) {
                    ReadItem item = items.next();
                    if (!item.isOk()) {
                        slots.add(item.error());
                        slotFiles.add(item.error().file());
                        continue;
                    }
                    Article a = item.article();
                    Optional<Manifest.Entry> entry = in.manifest() == null ? Optional.empty()
                            : in.manifest().find(a.format().equals("jsonl") ? null : in.path(), a.id());
                    inFlight.acquireUninterruptibly();
                    slots.add(pool.submit(() -> {
                        try {
                            // metadata (outlet inference) on the worker too: on the reading thread it was
                            // the serial part of a batch
                            return pipeline.analyze(metadata.resolve(a, entry));
                        } finally {
                            inFlight.release();
                        }
                    }));
                    slotFiles.add(a.file());
                }
            }
            return collect(slots, slotFiles);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome collect(List<Object> slots, List<String> slotFiles) {
        List<ArticleResult> results = new ArrayList<>();
        List<AnalysisError> errors = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            Object s = slots.get(i);
            if (s instanceof AnalysisError e) {
                errors.add(e);
                continue;
            }
            try {
                results.add((ArticleResult) ((Future<?>) s).get());
            } catch (ExecutionException e) {
                Throwable c = e.getCause() == null ? e : e.getCause();
                errors.add(new AnalysisError(slotFiles.get(i), "analysis failed: "
                        + oneLine(c.getMessage() == null ? c.toString() : c.getMessage())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                errors.add(new AnalysisError(slotFiles.get(i), "analysis interrupted"));
            }
        }
        return new Outcome(uniqueIds(results), errors);
    }

    /** Two inputs with the same id (a.txt in two folders) get -2, -3, ... in input order. */
    static List<ArticleResult> uniqueIds(List<ArticleResult> results) {
        Map<String, Integer> seen = new HashMap<>();
        List<ArticleResult> out = new ArrayList<>(results.size());
        for (ArticleResult r : results) {
            int n = seen.merge(r.id(), 1, Integer::sum);
            if (n == 1) {
                out.add(r);
            } else {
                Article a = r.article();
                Article renamed = new Article(a.id() + "-" + n, a.file(), a.format(), a.meta(), a.raw(), a.markup());
                out.add(new ArticleResult(renamed, r.words(), r.metrics(), r.findings(), r.notes(), r.content()));
            }
        }
        return out;
    }

    private static String oneLine(String s) {
        return s == null ? "unknown error" : s.replaceAll("\\s+", " ").trim();
    }
}
