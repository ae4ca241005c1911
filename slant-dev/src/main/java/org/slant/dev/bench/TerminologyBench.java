package org.slant.dev.bench;

import org.slant.Slant;
import org.slant.extract.Analyzer;
import org.slant.extract.terminology.LoadedModel;
import org.slant.extract.terminology.TerminologyAnalyzer;
import org.slant.extract.terminology.TerminologyKind;
import org.slant.extract.terminology.TerminologyLexicon;
import org.slant.lexicon.LexiconFile;
import org.slant.model.Article;
import org.slant.model.Content;
import org.slant.pipeline.Pipeline;
import org.slant.text.BlockSplitter;
import org.slant.text.Tokenizer;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code slant bench terminology [PATHS]}: the terminology analysis (trie matching, context rules, scare
 * quotes, voices, metrics) on prepared clean articles, with the shipped lexicons and with a lexicon ten
 * times larger, against tokenisation alone, all in one run on one thread. Matching cost should not grow
 * with the lexicon: the ratio of the two lexicons should stay near 1 (at or above 1 means no slower).
 * Those run the lexicon part alone; the shipped lexicons with the loaded-language model are timed beside
 * them, and the model should at most double the time.
 */
public final class TerminologyBench implements BenchSuite {

    @Override
    public String name() {
        return "terminology";
    }

    @Override
    public String description() {
        return "terminology matching with the shipped lexicons and a 10x synthetic lexicon, vs tokenisation alone (one thread)";
    }

    @Override
    public void run(BenchRun run) {
        // as in a run with the model on: its scorer asks for form ids before any text is tokenised, so that
        // tokens carry them (tokenisation alone, timed below, then includes the look-up that costs)
        LoadedModel model = LoadedModel.shipped();
        if (model != null) {
            org.slant.text.Forms.use();
        }
        List<Article> corpus = BenchCorpus.forBench(run.args());
        long bytes = BenchCorpus.bytes(corpus);
        List<Content> contents = new ArrayList<>();
        for (Article a : corpus) {
            contents.add(Content.of(a.raw(), BlockSplitter.split(a.raw())));
        }
        TerminologyKind kind = new TerminologyKind();
        TerminologyLexicon shipped = Slant.lexicons().standard().compile(kind);
        List<LexiconFile> files = new ArrayList<>(Slant.lexicons().standard().ofKind(kind.kind()));
        files.add(SyntheticLexicon.generate(shipped, 9 * shipped.size(), 20240404L, true));
        TerminologyLexicon big = kind.compile(files);
        List<LexiconFile> madeUpFiles = new ArrayList<>(Slant.lexicons().standard().ofKind(kind.kind()));
        madeUpFiles.add(SyntheticLexicon.generate(shipped, 9 * shipped.size(), 20240404L, false));
        // the lexicon part alone, then the shipped lexicons with the loaded-language model
        TerminologyAnalyzer madeUp = new TerminologyAnalyzer(kind.compile(madeUpFiles), null);
        TerminologyAnalyzer small = new TerminologyAnalyzer(shipped, null);
        TerminologyAnalyzer large = new TerminologyAnalyzer(big, null);
        TerminologyAnalyzer withModel = new TerminologyAnalyzer(shipped, model);
        long findingsSmall = 0;
        long findingsLarge = 0;
        for (Content c : contents) {
            findingsSmall += small.analyze(c, null).findings().size();
            findingsLarge += large.analyze(c, null).findings().size();
        }
        run.line(String.format("  %d articles, %d bytes; lexicon entries: shipped %d, large %d; findings: %d and %d",
                corpus.size(), bytes, shipped.size(), big.size(), findingsSmall, findingsLarge));
        // Measured in the order T A B B A T, so that drift in machine load (shared machines) weighs on each
        // side alike; each side keeps the faster of its two medians, the one least disturbed by other work.
        Runnable tokenise = () -> {
            for (Article a : corpus) {
                Tokenizer.tokenize(a.raw());
            }
        };
        Runnable shippedWork = () -> {
            for (Content c : contents) {
                small.analyze(c, null);
            }
        };
        Runnable largeWork = () -> {
            for (Content c : contents) {
                large.analyze(c, null);
            }
        };
        Measurement t1 = run.measure("baseline: tokenisation alone (1)", bytes, corpus.size(), tokenise);
        Measurement s1 = run.measure("terminology, shipped lexicons (1)", bytes, corpus.size(), shippedWork);
        Measurement l1 = run.measure("terminology, 10x lexicon (1)", bytes, corpus.size(), largeWork);
        Measurement l2 = run.measure("terminology, 10x lexicon (2)", bytes, corpus.size(), largeWork);
        Measurement s2 = run.measure("terminology, shipped lexicons (2)", bytes, corpus.size(), shippedWork);
        Measurement t2 = run.measure("baseline: tokenisation alone (2)", bytes, corpus.size(), tokenise);
        Measurement base = faster("baseline: tokenisation alone", t1, t2);
        Measurement s = faster("terminology, shipped lexicons", s1, s2);
        Measurement l = faster("terminology, 10x lexicon", l1, l2);
        run.value("lexicon size ratio (large / shipped)", big.size() / (double) shipped.size(), "x");
        run.ratio("shipped lexicons / tokenisation", s, base);
        run.ratio("10x lexicon / shipped lexicons", l, s);
        Runnable madeUpWork = () -> {
            for (Content c : contents) {
                madeUp.analyze(c, null);
            }
        };
        Runnable modelWork = () -> {
            for (Content c : contents) {
                withModel.analyze(c, null);
            }
        };
        if (model != null) {
            Measurement m = run.measure("terminology, shipped lexicons + model", bytes, corpus.size(), modelWork);
            run.ratio("shipped lexicons + model / shipped lexicons", m, s);
        }
        double[] paired = paired(List.of(tokenise, shippedWork, largeWork, madeUpWork, model == null ? shippedWork : modelWork),
                run.quick() ? 0.5 : 10);
        run.value("paired rounds: shipped / tokenisation", paired[0], "x (median of per-round ratios)");
        run.value("paired rounds: 10x lexicon / shipped", paired[1], "x (median of per-round ratios)");
        run.value("paired rounds: 10x made-up words / shipped", paired[2], "x (median of per-round ratios)");
        if (model != null) {
            run.value("paired rounds: time with the model / lexicons alone", 1 / paired[3], "x (at most 2 wanted)");
            inThePipeline(run, corpus, model);
        }
    }

    /**
     * The model's cost where it runs: the terminology stage timed inside the standard pipeline, with the
     * model and without, every article passing through all the stages in turn as in use (so the stage
     * meets each article's tokens as fresh as it does in {@code slant analyze}, and the caches as the
     * other stages leave them). The two pipelines take turns pass by pass; the figure is the median, over
     * pairs of passes, of the stage's time with the model over its time without.
     */
    private static void inThePipeline(BenchRun run, List<Article> corpus, LoadedModel model) {
        StageTimer without = new StageTimer();
        StageTimer with = new StageTimer();
        Pipeline lexicons = without.wrap(Analyzer.of(Slant.lexicons().standard(), null).pipeline());
        Pipeline learned = with.wrap(Analyzer.of(Slant.lexicons().standard(), model).pipeline());
        Runnable lexiconPass = () -> corpus.forEach(lexicons::analyze);
        Runnable modelPass = () -> corpus.forEach(learned::analyze);
        long warm = System.nanoTime() + (run.quick() ? 300_000_000L : 5_000_000_000L);
        while (System.nanoTime() < warm) {
            lexiconPass.run();
            modelPass.run();
        }
        List<Double> ratios = new ArrayList<>();
        long end = System.nanoTime() + (run.quick() ? 300_000_000L : 40_000_000_000L);
        int pass = 0;
        do {
            without.reset();
            with.reset();
            // alternating which goes first, so neither always follows the other's cache footprint
            (pass % 2 == 0 ? lexiconPass : modelPass).run();
            (pass % 2 == 0 ? modelPass : lexiconPass).run();
            ratios.add(with.nanos(TerminologyAnalyzer.EXTRACTOR) / (double) without.nanos(TerminologyAnalyzer.EXTRACTOR));
            pass++;
        } while (System.nanoTime() < end || ratios.size() < 5);
        run.value("in the pipeline: terminology stage with the model / without", median(ratios),
                "x (median of " + ratios.size() + " pairs of passes; at most 2 wanted)");
    }

    /**
     * Times the works (tokenisation, shipped, large, large with made-up words) round after round, in
     * rotating order, for about {@code seconds}, and returns the median per-round throughput ratios
     * shipped/tokenisation, large/shipped and made-up/shipped. Pairing each round cancels the load changes
     * of a shared machine, which move over seconds, not single rounds.
     */
    static double[] paired(List<Runnable> works, double seconds) {
        for (Runnable w : works) {
            w.run();
        }
        int n = works.size();
        List<List<Double>> ratios = new ArrayList<>();
        for (int i = 0; i < n - 1; i++) {
            ratios.add(new ArrayList<>());
        }
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int round = 0;
        do {
            long[] t = new long[n];
            for (int k = 0; k < n; k++) {
                int i = (round + k) % n;
                long t0 = System.nanoTime();
                works.get(i).run();
                t[i] = System.nanoTime() - t0;
            }
            ratios.get(0).add(t[0] / (double) t[1]);
            for (int i = 2; i < n; i++) {
                ratios.get(i - 1).add(t[1] / (double) t[i]);
            }
            round++;
        } while (System.nanoTime() < end || round < 5);
        return ratios.stream().mapToDouble(TerminologyBench::median).toArray();
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        java.util.Collections.sort(s);
        return s.get(s.size() / 2);
    }

    private static Measurement faster(String label, Measurement a, Measurement b) {
        Measurement m = a.seconds() <= b.seconds() ? a : b;
        return new Measurement(label, m.seconds(), m.bytes(), m.items(), m.rounds());
    }
}
