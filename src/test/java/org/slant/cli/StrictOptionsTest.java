package org.slant.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slant.testing.CliRun;
import org.slant.testing.Project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Numbers that only make sense above zero are refused with one line and exit 2, before any work. */
class StrictOptionsTest {

    @ParameterizedTest
    @CsvSource({
            "analyze, --threads, 0",
            "analyze, --threads, -1",
            "analyze, --sample, 0",
            "analyze, --sample, -5",
            "report, --sample, 0",
            "check, --threads, 0",
            "analyze, --max-article-size, 0",
            "analyze, --threads, many",
            "analyze, --threads, 99999999999"})
    void aNumberBelowOneIsAUsageErrorOnOneLine(String command, String option, String value) {
        CliRun r = CliRun.run(command, option, value, Project.seeds().toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("slant: Invalid value for option '" + option + "'"), r.err());
        assertTrue(r.err().contains("'" + value + "'"), r.err());
        assertEquals("", r.out());
    }

    @ParameterizedTest
    @CsvSource({"--threads, 1", "--sample, 1"})
    void oneIsFine(String option, String value) {
        CliRun r = CliRun.run("analyze", "--quiet", option, value, Project.seeds().toString());
        assertEquals(0, r.code(), r.err());
    }

    @ParameterizedTest
    @CsvSource({"analyze, --no-such-option", "report, --format"})
    void everyUsageErrorIsOneLine(String command, String option) {
        CliRun r = CliRun.run(command, option, Project.seeds().toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("slant " + command + " --help"), r.err());
    }
}
