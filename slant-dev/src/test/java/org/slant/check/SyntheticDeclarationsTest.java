package org.slant.check;

import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.dev.bench.BenchCorpus;
import org.slant.dev.synth.SyntheticCorpus;
import org.slant.compare.Analysis;
import org.slant.batch.RunOptions;
import org.slant.model.ArticleResult;
import org.slant.testing.Project;

import java.util.ArrayList;
import java.util.List;

/**
 * The core's {@link DeclarationsTest} on more text: the seeds and 40 synthetic articles made from them
 * (reordered, trimmed and mixed paragraphs reach rules and metrics the five seeds alone may not).
 */
class SyntheticDeclarationsTest {

    @Test
    void everyNameEmittedOnSyntheticArticlesIsDeclared() {
        Analysis a = Slant.analyzeAll(List.of(Project.seeds().toString()), RunOptions.defaults());
        List<ArticleResult> results = new ArrayList<>(a.articles());
        new SyntheticCorpus(BenchCorpus.load(List.of(Project.seeds().toString())), 4, 7)
                .generate(40, art -> results.add(DeclarationsTest.PIPELINE.analyze(art)));
        DeclarationsTest.assertDeclared(results, 300);
    }
}
