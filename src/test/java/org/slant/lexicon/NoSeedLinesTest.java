package org.slant.lexicon;

import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.testing.Project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seeds are a smoke test, not material: no example of any built-in lexicon entry, and no page of the
 * boilerplate model's training set (slant-dev/src/eval/boilerplate), holds a line of a seed article (a line
 * of 30 characters or more found verbatim, spaces squashed). Short generic lines ("Recent Posts", "Original
 * url:") are page furniture of many sites and are not counted.
 */
class NoSeedLinesTest {

    static final int MIN_CHARS = 30;

    private static String squash(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    private static List<String> seedLines() throws IOException {
        List<String> seedLines = new ArrayList<>();
        try (Stream<Path> files = Files.list(Project.seeds())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    String l = squash(line);
                    if (l.length() >= MIN_CHARS) {
                        seedLines.add(l);
                    }
                }
            }
        }
        assertTrue(seedLines.size() > 50, "the seeds were read: " + seedLines.size());
        return seedLines;
    }

    @Test
    void noTrainingPageHoldsALineOfASeed() throws IOException {
        List<String> seedLines = seedLines();
        Path pages = Project.dir().resolve("slant-dev/src/eval/boilerplate");
        List<String> found = new ArrayList<>();
        int read = 0;
        try (Stream<Path> files = Files.walk(pages)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String text = squash(Files.readString(f));
                read++;
                for (String l : seedLines) {
                    if (text.contains(l)) {
                        found.add(pages.relativize(f) + ": " + l);
                    }
                }
            }
        }
        assertTrue(read > 40, "training files read: " + read);
        assertEquals(List.of(), found, "training pages holding seed lines");
    }

    @Test
    void noLexiconExampleIsALineOfASeed() throws IOException {
        List<String> seedLines = seedLines();
        List<String> found = new ArrayList<>();
        int examples = 0;
        for (LexiconFile f : Slant.lexicons().builtIn()) {
            for (LexiconEntry e : f.entries()) {
                List<String> all = new ArrayList<>(e.mustMatch());
                all.addAll(e.mustNotMatch());
                for (String ex : all) {
                    examples++;
                    String x = squash(ex);
                    if (x.length() >= MIN_CHARS && seedLines.stream().anyMatch(l -> l.contains(x))) {
                        found.add(e.location() + " '" + e.id() + "': " + x);
                    }
                }
            }
        }
        assertTrue(examples > 1000, "examples checked: " + examples);
        assertEquals(List.of(), found, "examples copied from the seeds: write a general example instead");
    }
}
