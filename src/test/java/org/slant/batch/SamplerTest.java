package org.slant.batch;

import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.compare.Analysis;
import org.slant.model.ArticleResult;
import org.slant.testing.Project;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SamplerTest {

    @Test
    void aSmallSetIsHeldWhole() {
        Analysis a = Slant.analyzeAll(List.of(Project.seeds().toString()), RunOptions.defaults());
        assertFalse(a.corpus().sampled());
        assertEquals(5, a.corpus().held());
    }

    @Test
    void aLargerCorpusIsSampledTheSameWayWhateverTheThreadsAndOutletsStillCountEveryArticle() {
        Analysis one = Slant.analyzeAll(List.of(Project.seeds().toString()), RunOptions.defaults().withSampleLimit(3).withThreads(1));
        Analysis two = Slant.analyzeAll(List.of(Project.seeds().toString()), RunOptions.defaults().withSampleLimit(3).withThreads(2));
        assertTrue(one.corpus().sampled());
        assertEquals(3, one.articles().size());
        assertEquals(one.articles().stream().map(ArticleResult::id).toList(), two.articles().stream().map(ArticleResult::id).toList());
        assertEquals(5, one.comparison().outlets().stream().mapToInt(p -> p.articles()).sum(),
                "outlet profiles count every article, not only the sample");
    }
}
