package org.slant.cli;

import org.junit.jupiter.api.Test;
import org.slant.testing.CliRun;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The core's tests run without the slant-dev jar, as the release jar does: each development command is
 * one line saying where to run it, exit 2, and the help does not list it. (slant-dev's DevCommandsTest
 * shows the same command line with the jar present.)
 */
class DevOnlyCommandTest {

    @Test
    void developmentCommandsSayWhereToRunThem() {
        for (String[] args : new String[][]{{"bench"}, {"bench", "pipeline", "--quick"}, {"eval", "--help"},
                {"train", "loaded", "--out", "x.tsv"}, {"synth", "--out", "x.jsonl"}}) {
            // as `slant ARGS` builds it (only the named command) and as the whole command line
            for (CommandLine cl : new CommandLine[]{Main.commandLine(args[0]), Main.commandLine()}) {
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                cl.setOut(new PrintWriter(out));
                cl.setErr(new PrintWriter(err));
                assertEquals(ExitCodes.ERROR, cl.execute(args), String.join(" ", args));
                assertEquals("", out.toString());
                assertEquals("slant: `" + args[0] + "` is a development command: run it from a source checkout "
                        + "with ./slant" + System.lineSeparator(), err.toString());
            }
        }
    }

    @Test
    void theHelpListsOnlyWhatThisJarRuns() {
        CliRun help = CliRun.run("--help");
        assertEquals(ExitCodes.OK, help.code());
        assertTrue(help.out().contains("  check "), help.out());
        for (String dev : DevOnlyCommand.NAMES) {
            assertFalse(help.out().contains("  " + dev + " "), dev + " listed in:\n" + help.out());
        }
    }

    @Test
    void aProductCommandLineAddsNoStandIns() {
        // `slant check` builds only its own command: no class-path scan, no stand-ins
        assertEquals(java.util.Set.of("check"), Main.commandLine("check").getSubcommands().keySet());
    }
}
