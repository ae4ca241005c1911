package org.slant.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.Slant;
import org.slant.batch.RunOptions;
import org.slant.testing.Project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed report for the seeds ({@code reports/seeds/}) is what {@code ./slant report seeds} makes
 * now, byte for byte. When a change to Slant changes the report, this test fails until the report is
 * regenerated and the diff reviewed and committed with the change.
 */
class SeedReportTest {

    static final String HOW = "run ./slant report seeds, review the diff of reports/seeds/ and commit it";

    @TempDir
    Path tmp;

    @Test
    void theCommittedSeedReportIsUpToDate() throws IOException {
        Path committed = Project.dir().resolve("reports/seeds");
        assertTrue(Files.isDirectory(committed), "reports/seeds/ is missing: " + HOW);
        assertTrue(org.slant.files.OutputFolder.isMarked(committed), "reports/seeds/ has no .slant-output marker: " + HOW);
        // the same input path as the command, so that file names in the report match
        assertTrue(Files.isDirectory(Path.of("seeds")), "tests must run from the project folder");
        Path fresh = tmp.resolve("seeds");
        Slant.report(Slant.analyzeAll(List.of("seeds"), RunOptions.defaults()), fresh);
        assertEquals(names(fresh), names(committed), "the files of reports/seeds/ changed: " + HOW);
        for (String n : names(fresh)) {
            byte[] want = Files.readAllBytes(fresh.resolve(n));
            byte[] have = Files.readAllBytes(committed.resolve(n));
            assertTrue(java.util.Arrays.equals(want, have), "reports/seeds/" + n + " differs from a fresh report (first "
                    + "difference at byte " + firstDifference(want, have) + "): " + HOW);
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    private static int firstDifference(byte[] a, byte[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return i;
            }
        }
        return n;
    }
}
