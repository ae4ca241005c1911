package org.slant.exercise;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.testing.CliRun;
import org.slant.testing.Project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Worksheets and keys read as text for people: no paths, ids, JSON pointers, snake_case or link syntax. */
class ExercisesTextForPeopleTest {

    @TempDir
    Path tmp;

    /** What must not show in the visible text of any sheet or key. */
    private static final Pattern MACHINE = Pattern.compile(
            "/articles/\\d+|/comparison/|\\b(number|entity|quote|date):[a-z]|\\b[a-z]+_[a-z_]+\\b|\\[[^\\]\\n]{1,80}\\]\\(|"
                    + "\\b\\d{3}_[0-9a-f]{8,}\\b");

    @Test
    void sheetsAndKeysOfTheSeedsShowNoMachineText() throws Exception {
        Path out = tmp.resolve("sheets");
        CliRun r = CliRun.run("exercises", Project.seeds().toAbsolutePath().toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> found = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> s = Files.list(out)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() >= 8, pages.toString());
        for (Path p : pages) {
            String text = Jsoup.parse(Files.readString(p)).body().text();
            Matcher m = MACHINE.matcher(text);
            while (m.find()) {
                found.add(p.getFileName() + ": …" + text.substring(Math.max(0, m.start() - 40),
                        Math.min(text.length(), m.end() + 20)) + "…");
            }
        }
        assertEquals(List.of(), found);
        String index = Files.readString(out.resolve("index.html"));
        assertTrue(index.contains("<title>Exercises · seeds</title>"), "the folder's name, not its path");
        assertTrue(!index.contains(Project.seeds().toAbsolutePath().toString()), "no local path on the page");
    }

    @Test
    void markdownLinksReadAsTheirWords() {
        String raw = "Mali and [Chad](#) disasters, a [proxy war](https://example.org/a_b) and [not a link] (x).";
        List<Part.Run> runs = Runs.of(raw, 0, raw.length(), List.of(Runs.Mark.bold(raw.indexOf("Chad"),
                raw.indexOf("Chad") + 4, null)));
        StringBuilder b = new StringBuilder();
        runs.forEach(x -> b.append(x.text()));
        assertEquals("Mali and Chad disasters, a proxy war and [not a link] (x).", b.toString());
    }
}
