package org.slant.cli;

import org.junit.jupiter.api.Test;
import org.slant.testing.Project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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

    private record Run(byte[] out, byte[] err, int code) {
    }

    private static Run run(boolean latin1, String lang, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path")));
        if (latin1) {
            cmd.addAll(List.of("-Dfile.encoding=ISO-8859-1", "-Dstdout.encoding=ISO-8859-1",
                    "-Dstderr.encoding=ISO-8859-1", "-Dsun.stdout.encoding=ISO-8859-1",
                    "-Dsun.stderr.encoding=ISO-8859-1"));
        } else {
            cmd.add("-Dfile.encoding=UTF-8");
        }
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(Project.dir().toFile());
        pb.environment().put("SLANT_CI", "1");
        pb.environment().put("LANG", lang);
        pb.environment().put("LC_ALL", lang);
        Process p = pb.start();
        p.getOutputStream().close();
        // both streams are small here; read err on another thread so that neither pipe can fill up
        var err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return p.getErrorStream().readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child JVM finished");
        return new Run(out, err.join(), p.exitValue());
    }

    @Test
    void jsonSarifAndMessagesAreUtf8WhateverTheLocale() throws Exception {
        String seed = Project.dir().relativize(Project.seed("000").toAbsolutePath()).toString();
        String[][] commands = {
                {"analyze", "--format", "json", seed},
                {"check", "--format", "sarif", seed, "missing.txt"}};
        for (String[] c : commands) {
            Run utf8 = run(false, "C.UTF-8", c);
            Run latin1 = run(true, "C", c);
            String text = new String(utf8.out(), StandardCharsets.UTF_8);
            assertTrue(text.contains("“") || text.contains("—") || text.contains("’"),
                    "the output holds non-ASCII characters to compare: " + String.join(" ", c));
            assertArrayEquals(utf8.out(), latin1.out(), String.join(" ", c) + ": standard output");
            assertArrayEquals(utf8.err(), latin1.err(), String.join(" ", c) + ": standard error");
            assertEquals(utf8.code(), latin1.code());
        }
        Run err = run(true, "C.UTF-8", "analyze", "missing–“quoted”.txt");
        assertEquals("slant: missing–“quoted”.txt: no such file or folder\n", new String(err.err(), StandardCharsets.UTF_8));
    }
}
