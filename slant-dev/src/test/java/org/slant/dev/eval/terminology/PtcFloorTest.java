package org.slant.dev.eval.terminology;

import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.testing.Project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The PTC figures recorded in {@code eval/floors.properties} (and the README) still hold on the report
 * split: span F1 may not drop more than {@link #SLACK} below them. Skipped when the shared data is absent.
 */
class PtcFloorTest {

    static final double SLACK = 0.02;

    static Properties floors() throws IOException {
        Properties p = new Properties();
        try (InputStream in = PtcFloorTest.class.getResourceAsStream("/eval/floors.properties")) {
            assertNotNull(in, "slant-dev/src/test/resources/eval/floors.properties");
            p.load(in);
        }
        return p;
    }

    @Test
    void reportSplitF1HoldsItsRecordedFigure() throws IOException {
        Path ptc = Project.sharedData().resolve("ptc");
        assumeTrue(PtcCorpus.present(ptc), "PTC not found under " + ptc + ": skipped");
        Properties floors = floors();
        Map<PtcCorpus.Split, PtcEvaluation.SplitResult> r = PtcEvaluation.measure(ptc, Slant.lexicons().standard(),
                List.of(PtcCorpus.Split.REPORT));
        PtcEvaluation.SplitResult report = r.get(PtcCorpus.Split.REPORT);
        check(floors, "ptc.report.lexicons.f1", report.lexicon().f1());
        check(floors, "ptc.report.lexicons+model.f1", report.combined().f1());
    }

    private static void check(Properties floors, String key, double measured) {
        String recorded = floors.getProperty(key);
        assertNotNull(recorded, key + " is not recorded in eval/floors.properties");
        double floor = Double.parseDouble(recorded);
        assertTrue(measured >= floor - SLACK, String.format(java.util.Locale.ROOT,
                "%s: measured %.3f, recorded %.3f: dropped more than %.2f", key, measured, floor, SLACK));
    }
}
