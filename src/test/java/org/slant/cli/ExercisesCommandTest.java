package org.slant.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.testing.CliRun;
import org.slant.testing.Project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExercisesCommandTest {

    @TempDir
    Path tmp;

    @Test
    void writesWorksheetsKeysAndAnIndexAndNamesWhatItSkipped() throws IOException {
        Path out = tmp.resolve("ex");
        CliRun r = CliRun.run("exercises", Project.seeds().toString(), "--out", out.toString(), "--seed", "3");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Exercises: " + out.toString().replace('\\', '/') + "/index.html"), r.out());
        assertTrue(r.out().contains("1. Spot the loaded word: 1-loaded-words.html, answer key 1-loaded-words.key.html"), r.out());
        for (String f : List.of("index.html", "analysis.json", "1-loaded-words.html", "1-loaded-words.key.html",
                "1-loaded-words.key.json", "5-not-article.html", "5-not-article.key.html", "7-naming.html",
                "7-naming.key.html")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        // the same command again: the folder is replaced, and its files are the same bytes
        Path again = tmp.resolve("again");
        CliRun.run("exercises", Project.seeds().toString(), "--out", again.toString(), "--seed", "3");
        try (Stream<Path> s = Files.list(out)) {
            for (Path p : s.toList()) {
                assertArrayEquals(Files.readAllBytes(p), Files.readAllBytes(again.resolve(p.getFileName())), p.toString());
            }
        }
    }

    @Test
    void markdownAndAdvancedLevel() throws IOException {
        Path out = tmp.resolve("md");
        CliRun r = CliRun.run("exercises", Project.seeds().toString(), "--out", out.toString(), "--format", "md",
                "--level", "advanced");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(out.resolve("2-who-speaks.md")).contains("advanced level"));
        assertTrue(Files.exists(out.resolve("2-who-speaks.key.md")));
        assertFalse(Files.exists(out.resolve("2-who-speaks.html")));
    }

    @Test
    void badOptionsAndNoArticlesAreErrors() {
        assertEquals(2, CliRun.run("exercises", Project.seeds().toString(), "--level", "expert").code());
        assertEquals(2, CliRun.run("exercises", Project.seeds().toString(), "--format", "pdf").code());
        CliRun r = CliRun.run("exercises", tmp.resolve("missing.txt").toString(), "--out", tmp.resolve("x").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no exercises written"), r.err());
        assertFalse(Files.exists(tmp.resolve("x")));
    }
}
