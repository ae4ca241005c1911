package org.slant.dev.bench;

import org.slant.Slant;
import org.slant.ingest.ArticleReaders;
import org.slant.ingest.InputCollector;
import org.slant.ingest.InputFile;
import org.slant.ingest.ReadItem;
import org.slant.model.Article;
import org.slant.model.ArticleResult;
import org.slant.pipeline.Extractor;
import org.slant.pipeline.Pipeline;
import org.slant.report.CorpusWriter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code slant analyze CORPUS --threads 1 --out DIR} spends its time on, on real news text (issue 21):
 * the corpus of {@link BenchCorpus#forBench} repeated to N articles of JSONL (10,000; 1,000 with --quick), read,
 * given their metadata (outlet inference), analysed stage by stage ({@link StageTimer}) and written by the
 * command's own writer, on one thread, after a warm-up of a thousand articles. Prints the throughput per CPU
 * second of that thread and each part's share of the time of the parts. With {@code --baseline DIR} it then runs this build's launcher and the one of another checkout
 * (e.g. {@code git worktree add ../base COMMIT}) on the same corpus in alternating rounds ({@link BaselineRuns}):
 * the ratio of their CPU times, and whether their output files are the same bytes.
 * Arguments: {@code [--articles N] [--rounds R] [--baseline DIR] [PATH...]}.
 */
final class RealTextBench implements BenchSuite {

    @Override
    public String name() {
        return "realtext";
    }

    @Override
    public String description() {
        return "slant analyze --out on real news text, one thread: MB/s, each stage's share; --baseline DIR: ratio to another build";
    }

    @Override
    public void run(BenchRun run) throws Exception {
        int articles = run.quick() ? 1_000 : 10_000;
        int rounds = 3;
        Path baseline = null;
        List<String> paths = new ArrayList<>();
        for (Iterator<String> it = run.args().iterator(); it.hasNext(); ) {
            String a = it.next();
            switch (a) {
                case "--articles" -> articles = Integer.parseInt(it.next());
                case "--rounds" -> rounds = Integer.parseInt(it.next());
                case "--baseline" -> baseline = Path.of(it.next());
                default -> paths.add(a);
            }
        }
        Path dir = Files.createTempDirectory("slant-realtext");
        try {
            Path corpus = dir.resolve("corpus.jsonl");
            long bytes = BenchCorpus.writeJsonl(BenchCorpus.forBench(paths), articles, corpus);
            run.line("  corpus: " + BenchCorpus.describe(paths) + ", repeated to " + articles + " articles, "
                    + String.format("%.1f MB of JSONL", bytes / 1e6));
            Parts warm = new Parts(Slant.pipeline());
            warm.pass(corpus, dir.resolve("warm"), Math.min(1_000, articles));
            Parts parts = new Parts(Slant.pipeline());
            // CPU time of this thread: on a shared machine wall time measures the neighbours too
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long t0 = threads.getCurrentThreadCpuTime();
            parts.pass(corpus, dir.resolve("out"), articles);
            double seconds = (threads.getCurrentThreadCpuTime() - t0) / 1e9;
            run.value("throughput, one thread's CPU (read, analyse, write)", bytes / 1e6 / seconds, "MB/s");
            run.value("articles per CPU second", articles / seconds, "articles/s");
            long total = parts.nanos.values().stream().mapToLong(Long::longValue).sum();
            for (Map.Entry<String, Long> e : parts.nanos.entrySet()) {
                run.value("  share: " + e.getKey(), 100.0 * e.getValue() / total, "%");
            }
            if (baseline != null) {
                new BaselineRuns(run, corpus, bytes, dir).compare(baseline, rounds);
            }
        } finally {
            BaselineRuns.delete(dir);
        }
    }

    /** One pass over the corpus as the command runs it, each part's time added up. */
    private static final class Parts {
        final Map<String, Long> nanos = new LinkedHashMap<>();
        final StageTimer timer = new StageTimer();
        final Pipeline pipeline;

        Parts(Pipeline p) {
            pipeline = timer.wrap(p);
        }

        void pass(Path corpus, Path out, int limit) throws Exception {
            ArticleReaders readers = new ArticleReaders(ArticleReaders.DEFAULT_MAX_ARTICLE_BYTES);
            long read = 0;
            long metadata = 0;
            long write = 0;
            int n = 0;
            try (CorpusWriter writer = CorpusWriter.open(out, false)) {
                for (InputFile f : InputCollector.collect(List.of(corpus.toString()), null).files()) {
                    Iterator<ReadItem> it = readers.read(f);
                    while (n < limit) {
                        long t0 = System.nanoTime();
                        if (!it.hasNext()) {
                            break;
                        }
                        ReadItem item = it.next();
                        if (!item.isOk()) {
                            throw new IllegalStateException("benchmark corpus gave an error: " + item.error().line());
                        }
                        long t1 = System.nanoTime();
                        Article a = Slant.resolve(item.article());
                        long t2 = System.nanoTime();
                        ArticleResult r = pipeline.analyze(a);
                        long t3 = System.nanoTime();
                        writer.result(r);
                        long t4 = System.nanoTime();
                        read += t1 - t0;
                        metadata += t2 - t1;
                        write += t4 - t3;
                        n++;
                    }
                }
            }
            nanos.put("read (JSONL)", read);
            nanos.put("metadata (outlet inference)", metadata);
            for (Extractor e : pipeline.stages()) {
                nanos.put("stage " + e.id(), timer.nanos(e.id()));
            }
            nanos.put("write (--out files)", write);
        }
    }
}
