package org.slant.dev.eval.boilerplate;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.extract.boilerplate.BoilerplateExtractor;
import org.slant.testing.Project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The WCXB evaluation on a sample of the shared development pages, when they are there (the repository never
 * holds them): a smoke test that the scorer runs end to end and lands in a sane range, not a measurement (the
 * numbers come from {@code slant eval wcxb}).
 */
class WcxbDataTest {

    @Test
    void aSampleOfWcxbPagesScoresInASaneRange() throws IOException {
        Path dir = Project.sharedData().resolve("wcxb-dev-articles");
        Assumptions.assumeTrue(Files.isDirectory(dir.resolve("ground-truth")),
                "skipped: no WCXB data at " + dir + " (the shared development data is not in the repository)");
        WcxbEvaluation eval = new WcxbEvaluation(new BoilerplateExtractor(Slant.lexicons().standard()));
        List<WcxbEvaluation.PageScore> scores = new ArrayList<>();
        int skipped = 0;
        for (String id : WcxbEvaluation.ids(dir, WcxbEvaluation.Split.odd, 24)) {
            WcxbEvaluation.PageScore s = eval.score(dir, id);
            if (s == null) {
                skipped++;
            } else {
                scores.add(s);
            }
        }
        WcxbEvaluation.Summary html = WcxbEvaluation.summarise(scores, skipped, true);
        WcxbEvaluation.Summary text = WcxbEvaluation.summarise(scores, skipped, false);
        assertTrue(html.pages() >= 20, "pages " + html.pages());
        assertTrue(html.f1() > 0.75, "HTML F1 " + html.f1());
        assertTrue(text.f1() > 0.7, "text F1 " + text.f1());
        assertTrue(html.leakShare() < 0.25, "HTML leak " + html.leakShare());
    }
}
