package org.slant.dev.bench;

import org.slant.extract.attribution.AttributionExtractor;
import org.slant.Slant;
import org.slant.extract.terminology.TerminologyAnalyzer;
import org.slant.extract.terminology.TerminologyKind;
import org.slant.model.Article;
import org.slant.model.Content;
import org.slant.pipeline.Pipeline;
import org.slant.text.BlockSplitter;
import org.slant.text.Speech;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code slant bench attribution [PATHS]}: the attribution extractor's throughput on a corpus (the seeds
 * by default) against the content stage alone (blocks, clean text, tokens, sentences, quotations) in the
 * same run, beside the terminology extractor's with its lexicons alone (the bound: attribution within
 * 3x of it), and a linearity check: the time per megabyte on the corpus joined into one long article,
 * once and eight times over.
 */
public final class AttributionBench implements BenchSuite {

    @Override
    public String name() {
        return "attribution";
    }

    @Override
    public String description() {
        return "the attribution extractor against the content stage alone and the terminology extractor, and its time per MB as an article grows 8x (one thread)";
    }

    @Override
    public void run(BenchRun run) {
        List<Article> corpus = BenchCorpus.forBench(run.args());
        long bytes = BenchCorpus.bytes(corpus);
        AttributionExtractor extractor = new AttributionExtractor(Slant.lexicons().standard());
        List<Content> contents = new ArrayList<>();
        for (Article a : corpus) {
            contents.add(Content.of(a.raw(), BlockSplitter.split(a.raw())));
        }
        Runnable contentStage = () -> {
            for (Article a : corpus) {
                Content.of(a.raw(), BlockSplitter.split(a.raw()));
            }
        };
        Runnable attributionStage = () -> {
            for (int i = 0; i < contents.size(); i++) {
                extractor.analyze(contents.get(i), corpus.get(i).meta());
            }
        };
        // The learned model (off by default) runs the rules too, as features, then scores every token.
        AttributionExtractor model = new AttributionExtractor(Slant.lexicons().standard(), AttributionExtractor.Engine.MODEL);
        Runnable modelStage = () -> {
            for (int i = 0; i < contents.size(); i++) {
                model.analyze(contents.get(i), corpus.get(i).meta());
            }
        };
        // the terminology extractor, given the speech attribution found (as in the pipeline); its lexicons
        // alone, the yardstick issue 16's bound was set against before the loaded-language model came on
        TerminologyAnalyzer terminology = new TerminologyAnalyzer(
                Slant.lexicons().standard().compile(new TerminologyKind()), null);
        List<List<Speech>> speech = new ArrayList<>();
        for (int i = 0; i < contents.size(); i++) {
            speech.add(extractor.analyze(contents.get(i), corpus.get(i).meta()).speech());
        }
        Runnable terminologyStage = () -> {
            for (int i = 0; i < contents.size(); i++) {
                terminology.analyze(contents.get(i), speech.get(i));
            }
        };
        // The extractor has many more methods for the JIT to compile than the content stage; on a busy
        // machine the harness's warm-up can end before they are compiled, so both get a longer one first.
        warm(run, contentStage);
        warm(run, attributionStage);
        warm(run, terminologyStage);
        warm(run, modelStage);
        Measurement content = run.measure("baseline: content stage", bytes, corpus.size(), contentStage);
        Measurement attribution = run.measure("attribution extractor", bytes, corpus.size(), attributionStage);
        Measurement terms = run.measure("terminology extractor", bytes, corpus.size(), terminologyStage);
        run.ratio("attribution / content stage", attribution, content);
        run.ratio("attribution / terminology extractor", attribution, terms);
        Measurement learned = run.measure("attribution extractor, learned model", bytes, corpus.size(), modelStage);
        run.ratio("learned model / rules", learned, attribution);
        run.ratio("learned model / terminology extractor", learned, terms);
        inThePipeline(run, corpus);

        StringBuilder joined = new StringBuilder();
        for (Article a : corpus) {
            joined.append(a.raw()).append("\n\n");
        }
        Measurement once = growth(run, "one long article (1x)", joined.toString(), extractor);
        Measurement eight = growth(run, "one long article (8x)", joined.toString().repeat(8), extractor);
        run.value("seconds per MB, 8x / 1x (1.0 = linear)", (eight.seconds() / eight.bytes()) / (once.seconds() / once.bytes()), "");
        Measurement modelOnce = growth(run, "learned model, one long article (1x)", joined.toString(), model);
        Measurement modelEight = growth(run, "learned model, one long article (8x)", joined.toString().repeat(8), model);
        run.value("learned model: seconds per MB, 8x / 1x (1.0 = linear)",
                (modelEight.seconds() / modelEight.bytes()) / (modelOnce.seconds() / modelOnce.bytes()), "");
    }

    /**
     * The same ratio with both stages timed inside the standard pipeline, every article passing through all
     * the stages in turn as in use: the median, over passes through the corpus, of terminology time over
     * attribution time (a throughput ratio, like the ones above).
     */
    private static void inThePipeline(BenchRun run, List<Article> corpus) {
        StageTimer timer = new StageTimer();
        Pipeline timed = timer.wrap(org.slant.extract.Analyzer.of(Slant.lexicons().standard(), null).pipeline());
        Runnable pass = () -> corpus.forEach(timed::analyze);
        warm(run, pass);
        List<Double> ratios = new ArrayList<>();
        long end = System.nanoTime() + (run.quick() ? 300_000_000L : 10_000_000_000L);
        do {
            timer.reset();
            pass.run();
            ratios.add(timer.nanos(TerminologyAnalyzer.EXTRACTOR) / (double) timer.nanos(AttributionExtractor.ID));
        } while (System.nanoTime() < end || ratios.size() < 5);
        java.util.Collections.sort(ratios);
        run.value("in the pipeline: attribution / terminology", ratios.get(ratios.size() / 2),
                "x (median of " + ratios.size() + " passes; stages timed as they run in turn)");
    }

    private static void warm(BenchRun run, Runnable work) {
        long end = System.nanoTime() + (run.quick() ? 300_000_000L : 5_000_000_000L);
        while (System.nanoTime() < end) {
            work.run();
        }
    }

    private static Measurement growth(BenchRun run, String label, String text, AttributionExtractor extractor) {
        Content c = Content.of(text, BlockSplitter.split(text));
        return run.measure(label, text.getBytes(StandardCharsets.UTF_8).length, 1, () -> extractor.analyze(c, null));
    }
}
