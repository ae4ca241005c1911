package org.slant.dev.bench;

import org.slant.Slant;
import org.slant.model.Article;
import org.slant.pipeline.Pipeline;
import org.slant.text.BlockSplitter;

import java.util.List;

/** The whole standard pipeline on a corpus, against block splitting alone. */
final class PipelineBench implements BenchSuite {

    @Override
    public String name() {
        return "pipeline";
    }

    @Override
    public String description() {
        return "the standard per-article pipeline, as a ratio of block splitting alone (one thread)";
    }

    @Override
    public void run(BenchRun run) {
        run.line("  corpus: " + BenchCorpus.describe(run.args()));
        List<Article> corpus = BenchCorpus.forBench(run.args());
        long bytes = BenchCorpus.bytes(corpus);
        Pipeline p = Slant.pipeline();
        Measurement base = run.measure("baseline: block splitting", bytes, corpus.size(), () -> {
            for (Article a : corpus) {
                BlockSplitter.split(a.raw());
            }
        });
        Measurement full = run.measure("standard pipeline", bytes, corpus.size(), () -> {
            for (Article a : corpus) {
                p.analyze(a);
            }
        });
        run.ratio("pipeline / baseline", full, base);
    }
}
