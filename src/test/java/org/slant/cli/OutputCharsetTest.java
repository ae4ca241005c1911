package org.slant.cli;

import org.junit.jupiter.api.Test;
import org.slant.testing.ChildCli;
import org.slant.testing.Project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Output bytes do not depend on the platform: the command line run in a child JVM whose default and
 * console charsets are ISO-8859-1 (under {@code LANG=C}, or with the properties alone) prints exactly what a
 * UTF-8 run prints. (Under {@code LANG=C} the JVM itself cannot decode a non-ASCII file name, on the command
 * line or in a folder, so the messages naming such a file are checked with the properties alone.)
 */
class OutputCharsetTest {

    private static ChildCli.Raw run(boolean latin1, String lang, String... args) throws IOException, InterruptedException {
        List<String> jvm = latin1 ? List.of("-Dfile.encoding=ISO-8859-1", "-Dstdout.encoding=ISO-8859-1",
                "-Dstderr.encoding=ISO-8859-1", "-Dsun.stdout.encoding=ISO-8859-1", "-Dsun.stderr.encoding=ISO-8859-1")
                : List.of("-Dfile.encoding=UTF-8");
        return ChildCli.raw(Project.dir(), jvm, Map.of("SLANT_CI", "1", "LANG", lang, "LC_ALL", lang), null, args);
    }

    @Test
    void jsonSarifAndMessagesAreUtf8WhateverTheLocale() throws Exception {
        String seed = Project.dir().relativize(Project.seed("000").toAbsolutePath()).toString();
        String[][] commands = {
                {"analyze", "--format", "json", seed},
                {"check", "--format", "sarif", seed, "missing.txt"}};
        for (String[] c : commands) {
            ChildCli.Raw utf8 = run(false, "C.UTF-8", c);
            ChildCli.Raw latin1 = run(true, "C", c);
            String text = new String(utf8.out(), StandardCharsets.UTF_8);
            assertTrue(text.contains("“") || text.contains("—") || text.contains("’"),
                    "the output holds non-ASCII characters to compare: " + String.join(" ", c));
            assertArrayEquals(utf8.out(), latin1.out(), String.join(" ", c) + ": standard output");
            assertArrayEquals(utf8.err(), latin1.err(), String.join(" ", c) + ": standard error");
            assertEquals(utf8.code(), latin1.code());
        }
        ChildCli.Raw err = run(true, "C.UTF-8", "analyze", "missing–“quoted”.txt");
        assertEquals("slant: missing–“quoted”.txt: no such file or folder\n", new String(err.err(), StandardCharsets.UTF_8));
    }
}
