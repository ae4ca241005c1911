package org.slant.dev.cli;

import org.junit.jupiter.api.Test;
import org.slant.testing.CliRun;
import org.slant.testing.Project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With this module on the class path the core command line has the development commands; the product's
 * jars (target/slant.jar and the release jar, built by the core module before this one in the reactor)
 * have none of their classes.
 */
class DevCommandsTest {

    /** A class of the development tools, by package or by name, wherever it might have been left. */
    static final Pattern DEV_CLASS = Pattern.compile("(?i)^org/slant/(dev/.*|.*(bench|eval|train|synth).*\\.class)$");

    @Test
    void theCommandLineHasTheDevelopmentCommands() {
        CliRun help = CliRun.run("--help");
        for (String dev : List.of("bench", "eval", "synth", "train")) {
            assertTrue(help.out().contains("  " + dev + " "), dev + " missing from:\n" + help.out());
        }
        CliRun suites = CliRun.run("bench");
        assertEquals(0, suites.code(), suites.err());
        assertTrue(suites.out().contains("  terminology "), suites.out());
        CliRun evals = CliRun.run("eval", "--help");
        assertEquals(0, evals.code(), evals.err());
        assertTrue(evals.out().contains("  polnear "), evals.out());
    }

    @Test
    void theProductJarsHoldNoDevelopmentClass() throws IOException {
        Path target = Project.dir().resolve("target");
        List<Path> jars = new ArrayList<>();
        jars.add(target.resolve("slant.jar"));
        // the release jar is built unless the release profile is off (the launcher's quick build)
        try (var s = Files.list(target)) {
            s.filter(p -> p.getFileName().toString().matches("slant-[0-9.]+\\.jar")).forEach(jars::add);
        }
        for (Path jar : jars) {
            assertTrue(Files.isRegularFile(jar), jar + " is not built (the core module builds it before this one)");
            List<String> dev = new ArrayList<>();
            int slantClasses = 0;
            try (ZipFile z = new ZipFile(jar.toFile())) {
                for (ZipEntry e : Collections.list(z.entries())) {
                    if (e.getName().startsWith("org/slant/") && e.getName().endsWith(".class")) {
                        slantClasses++;
                    }
                    if (DEV_CLASS.matcher(e.getName()).find()) {
                        dev.add(e.getName());
                    }
                }
            }
            assertTrue(slantClasses > 100, jar + " has only " + slantClasses + " Slant classes");
            assertEquals(List.of(), dev, jar + " holds development classes");
        }
    }

    @Test
    void thePatternFindsWhatItLooksFor() {
        for (String name : List.of("org/slant/dev/bench/BenchRun.class", "org/slant/bench/BenchRun.class",
                "org/slant/extract/terminology/TerminologyBench.class", "org/slant/eval/Evaluations.class",
                "org/slant/extract/boilerplate/eval/LabelledSet.class", "org/slant/cli/SynthCommand.class")) {
            assertTrue(DEV_CLASS.matcher(name).find(), name);
        }
        for (String name : List.of("org/slant/cli/Main.class", "org/slant/report/html/Method.class",
                "eval/measured.tsv", "lexicons/terminology/loaded-evaluative.yaml")) {
            assertTrue(!DEV_CLASS.matcher(name).find(), name);
        }
    }
}
