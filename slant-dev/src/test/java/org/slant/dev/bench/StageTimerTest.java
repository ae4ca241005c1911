package org.slant.dev.bench;

import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.model.Article;
import org.slant.model.ArticleResult;
import org.slant.pipeline.Extractor;
import org.slant.pipeline.Pipeline;
import org.slant.testing.CliRun;
import org.slant.testing.Project;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Timing the stages must not change what they find, and every stage's time must be counted. */
class StageTimerTest {

    @Test
    void aTimedPipelineFindsTheSameAndTimesEveryStage() {
        Pipeline plain = Slant.pipeline();
        StageTimer timer = new StageTimer();
        Pipeline timed = timer.wrap(plain);
        assertEquals(plain.stages().stream().map(Extractor::id).toList(),
                timed.stages().stream().map(Extractor::id).toList());
        for (Article a : BenchCorpus.load(List.of(Project.seeds().toString()))) {
            ArticleResult x = plain.analyze(a);
            ArticleResult y = timed.analyze(a);
            assertEquals(x.findings(), y.findings(), a.id());
            assertEquals(x.metrics(), y.metrics(), a.id());
        }
        for (Extractor e : plain.stages()) {
            assertTrue(timer.nanos(e.id()) > 0, e.id());
        }
        timer.reset();
        for (Extractor e : plain.stages()) {
            assertEquals(0, timer.nanos(e.id()), e.id());
        }
    }

    @Test
    void theAttributionBenchReportsTheInPipelineRatio() {
        CliRun r = CliRun.run("bench", "attribution", "--quick", Project.seeds().toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().matches("(?s).*in the pipeline: attribution / terminology\\s+0\\.\\d+ x.*"), r.out());
    }
}
