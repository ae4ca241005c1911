package org.slant.extract.terminology;

import org.slant.bench.BenchCorpus;
import org.slant.bench.BenchRun;
import org.slant.bench.BenchSuite;
import org.slant.bench.Measurement;
import org.slant.lexicon.LexiconFile;
import org.slant.lexicon.Lexicons;
import org.slant.model.Article;
import org.slant.text.BlockSplitter;
import org.slant.text.Content;
import org.slant.text.Tokenizer;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code slant bench terminology [PATHS]}: the terminology analysis (trie matching, context rules, scare
 * quotes, voices, metrics) on prepared clean articles, with the shipped lexicons and with a lexicon ten
 * times larger, against tokenisation alone, all in one run on one thread. Matching cost should not grow
 * with the lexicon: the ratio of the two lexicons should stay near 1 (at or above 1 means no slower).
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
        List<Article> corpus = BenchCorpus.load(run.args());
        long bytes = BenchCorpus.bytes(corpus);
        List<Content> contents = new ArrayList<>();
        for (Article a : corpus) {
            contents.add(Content.of(a.raw(), BlockSplitter.split(a.raw())));
        }
        TerminologyKind kind = new TerminologyKind();
        TerminologyLexicon shipped = Lexicons.standard().compile(kind);
        List<LexiconFile> files = new ArrayList<>(Lexicons.standard().ofKind(kind.kind()));
        files.add(SyntheticLexicon.generate(shipped, 9 * shipped.size(), 20240404L));
        TerminologyLexicon big = kind.compile(files);
        TerminologyAnalyzer small = new TerminologyAnalyzer(shipped);
        TerminologyAnalyzer large = new TerminologyAnalyzer(big);
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
    }

    private static Measurement faster(String label, Measurement a, Measurement b) {
        Measurement m = a.seconds() <= b.seconds() ? a : b;
        return new Measurement(label, m.seconds(), m.bytes(), m.items(), m.rounds());
    }
}
