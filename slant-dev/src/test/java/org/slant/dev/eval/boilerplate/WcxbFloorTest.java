package org.slant.dev.eval.boilerplate;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.extract.boilerplate.BoilerplateKind;
import org.slant.extract.boilerplate.BoilerplateRules;
import org.slant.testing.Project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The WCXB figures recorded in {@code eval/floors.properties} still hold, as {@code slant eval wcxb} prints them:
 * site-disjoint cross-validated (each page extracted by block models trained on the other folds' sites, with the
 * fragment and island constants chosen on those sites too: the "Held out" lines). Word F1 of the kept text may not
 * drop, and the share of must-not snippets that leak may not rise, by more than {@link #SLACK}. Skipped when the
 * shared data is absent. It trains 25 models and extracts every page under 108 grid points: about 4.5 minutes of
 * CPU (10 minutes under load on the shared machine), where it took about a minute before the nested choice.
 */
class WcxbFloorTest {

    static final double SLACK = 0.01;

    @Test
    void crossValidatedFiguresHoldTheirRecordedValues() throws IOException {
        Path dir = Project.sharedData().resolve("wcxb-dev-articles");
        Assumptions.assumeTrue(Files.isDirectory(dir.resolve("ground-truth")),
                "skipped: no WCXB data at " + dir + " (the shared development data is not in the repository)");
        Properties floors = new Properties();
        try (InputStream in = WcxbFloorTest.class.getResourceAsStream("/eval/floors.properties")) {
            assertNotNull(in, "slant-dev/src/test/resources/eval/floors.properties");
            floors.load(in);
        }
        BoilerplateRules rules = Slant.lexicons().standard().compile(new BoilerplateKind());
        WcxbTraining.Result r = WcxbTraining.run(dir, WcxbEvaluation.ids(dir, WcxbEvaluation.Split.all, 0), rules,
                TrainCommand.LAMBDA, TrainCommand.THRESHOLD);
        for (boolean html : new boolean[]{true, false}) {
            WcxbEvaluation.Summary sum = WcxbEvaluation.summarise(r.scores(), r.skipped(), html);
            String path = html ? "html" : "text";
            double f1 = recorded(floors, "wcxb.cv." + path + ".f1");
            double leak = recorded(floors, "wcxb.cv." + path + ".leaked");
            assertTrue(sum.f1() >= f1 - SLACK, String.format(Locale.ROOT, "%s F1: measured %.3f, recorded %.3f",
                    path, sum.f1(), f1));
            assertTrue(sum.leakShare() <= leak + SLACK, String.format(Locale.ROOT,
                    "%s leaked share: measured %.3f, recorded %.3f", path, sum.leakShare(), leak));
        }
    }

    private static double recorded(Properties floors, String key) {
        String v = floors.getProperty(key);
        assertNotNull(v, key + " is not recorded in eval/floors.properties");
        return Double.parseDouble(v);
    }
}
