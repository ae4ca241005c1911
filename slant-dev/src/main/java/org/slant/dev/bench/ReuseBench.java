package org.slant.dev.bench;

import org.slant.Slant;
import org.slant.compare.Comparison;
import org.slant.compare.Reuse;
import org.slant.model.ArticleResult;
import org.slant.pipeline.Pipeline;
import org.slant.dev.synth.SyntheticCorpus;

import java.util.ArrayList;
import java.util.List;

/**
 * The comparison on synthetic corpora of 1,000 and 10,000 articles, same run: reuse detection alone and
 * the whole comparison, and the growth factor from one size to the other (10 means linear, 100 quadratic).
 */
final class ReuseBench implements BenchSuite {

    @Override
    public String name() {
        return "reuse";
    }

    @Override
    public String description() {
        return "reuse detection and the whole comparison on 1,000 and 10,000 synthetic articles; growth factor";
    }

    @Override
    public void run(BenchRun run) {
        SyntheticCorpus synth = new SyntheticCorpus(BenchCorpus.load(run.args()), 4, 1);
        Pipeline p = Slant.pipeline();
        int small = run.quick() ? 200 : 1_000;
        int large = small * 10;
        List<ArticleResult> big = new ArrayList<>(large);
        synth.generate(large, a -> big.add(p.analyze(a)));
        List<ArticleResult> little = big.subList(0, small);
        long bytesSmall = bytes(little);
        long bytesLarge = bytes(big);
        Measurement rs = run.measure("reuse, " + small + " articles", bytesSmall, small, () -> Reuse.find(little));
        Measurement rl = run.measure("reuse, " + large + " articles", bytesLarge, large, () -> Reuse.find(big));
        run.value("reuse growth factor (time " + large + " / " + small + ")", rl.seconds() / rs.seconds(), "x");
        Measurement cs = run.measure("comparison, " + small + " articles", bytesSmall, small, () -> Comparison.compare(little));
        Measurement cl = run.measure("comparison, " + large + " articles", bytesLarge, large, () -> Comparison.compare(big));
        run.value("comparison growth factor (time " + large + " / " + small + ")", cl.seconds() / cs.seconds(), "x");
    }

    private static long bytes(List<ArticleResult> rs) {
        long n = 0;
        for (ArticleResult r : rs) {
            n += r.article().raw().length();
        }
        return n;
    }
}
