package org.slant.dev.bench;

import org.junit.jupiter.api.Test;
import org.slant.testing.Project;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The default source articles of {@code slant synth} and the benches, from any working folder. */
class BenchCorpusTest {

    @Test
    void theSeedsAreFoundBesideTheLauncherNotInTheWorkingFolder() {
        String before = System.getProperty("slant.home");
        try {
            System.setProperty("slant.home", Project.dir().toString());
            assertEquals(Project.dir().resolve("seeds").toString(), BenchCorpus.defaultSeeds());
            assertEquals(5, BenchCorpus.load(List.of()).size());
            System.setProperty("slant.home", Path.of("/nonexistent").toString());
            assertEquals("seeds", BenchCorpus.defaultSeeds(), "without an installation, the working folder's seeds");
        } finally {
            if (before == null) {
                System.clearProperty("slant.home");
            } else {
                System.setProperty("slant.home", before);
            }
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BenchCorpus.load(List.of("/nonexistent/folder")));
        assertTrue(e.getMessage().startsWith("no readable articles in /nonexistent/folder"), e.getMessage());
    }
}
