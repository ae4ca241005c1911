package org.slant.dev.bench;

import org.slant.Slant;
import org.slant.batch.ResultSink;
import org.slant.batch.RunOptions;
import org.slant.batch.StreamSummary;
import org.slant.model.AnalysisError;
import org.slant.model.ArticleResult;
import org.slant.dev.synth.SyntheticCorpus;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Streaming analysis of synthetic JSONL corpora of 10,000 and 100,000 articles (1,000 and 10,000 with
 * --quick), as the command line runs it: read lazily, analysed on every core, results handed on and
 * dropped. Reports MB/s and articles/s, the peak heap of each run, the growth factor between the two sizes
 * (10 means linear), and the one-thread and two-thread rates of the smaller corpus in the same run.
 */
final class ScaleBench implements BenchSuite {

    @Override
    public String name() {
        return "scale";
    }

    @Override
    public String description() {
        return "streamed analysis of 10k and 100k synthetic articles: MB/s, articles/s, peak heap, growth, 1 vs 2 threads";
    }

    @Override
    public void run(BenchRun run) throws IOException {
        int small = run.quick() ? 1_000 : 10_000;
        int large = small * 10;
        Path dir = Files.createTempDirectory("slant-scale");
        try {
            SyntheticCorpus synth = new SyntheticCorpus(BenchCorpus.forBench(run.args()), 4, 1);
            Path smallFile = write(synth, small, dir.resolve("small.jsonl"));
            Path largeFile = write(synth, large, dir.resolve("large.jsonl"));
            int cores = Runtime.getRuntime().availableProcessors();
            // warm the JIT on a slice the size of a thousand articles
            analyse(write(synth, Math.min(1_000, small), dir.resolve("warm.jsonl")), cores);

            Measurement one = measure(run, "1 thread, " + small + " articles", smallFile, small, 1);
            Measurement all = measure(run, cores + " threads, " + small + " articles", smallFile, small, cores);
            run.value("speed-up " + cores + " threads / 1 thread", all.itemsPerSecond() / one.itemsPerSecond(), "x");
            Measurement big = measure(run, cores + " threads, " + large + " articles", largeFile, large, cores);
            run.value("growth factor (time " + large + " / " + small + ")", big.seconds() / all.seconds(), "x");
        } finally {
            try (var s = Files.list(dir)) {
                for (Path p : s.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private static Measurement measure(BenchRun run, String label, Path file, int articles, int threads)
            throws IOException {
        resetPeaks();
        Measurement m = run.once(label, Files.size(file), articles, () -> analyse(file, threads));
        run.value("  peak heap, " + label, peakHeapMb(), "MB");
        return m;
    }

    private static void analyse(Path file, int threads) {
        long[] n = {0};
        StreamSummary s = Slant.stream(List.of(file.toString()), RunOptions.defaults().withThreads(threads),
                new ResultSink() {
                    @Override
                    public void result(ArticleResult r) {
                        n[0] += r.findings().size(); // touch the result, then drop it
                    }

                    @Override
                    public void error(AnalysisError e) {
                    }
                }, f -> false);
        if (!s.errors().isEmpty()) {
            throw new IllegalStateException("benchmark corpus gave errors: " + s.errors().get(0).line());
        }
    }

    private static Path write(SyntheticCorpus synth, int count, Path file) throws IOException {
        synth.writeJsonl(count, file);
        return file;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
    private static double peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum / 1e6;
    }
}
