package org.slant.compare;

import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.batch.RunOptions;
import org.slant.compare.Analysis;
import org.slant.model.ArticleResult;
import org.slant.testing.Project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Facts that mean the same thing: names across forms; no letters, clock times or names found inside others. */
class CoverageFactsTest {

    @Test
    void noArticleOmitsANameItWritesInAnyForm() {
        Analysis a = Slant.analyzeAll(List.of(Project.seeds().toString()), RunOptions.defaults());
        Coverage.Result cov = a.comparison().coverage();
        int checked = 0;
        java.util.Map<String, Long> lastWords = cov.rows().stream().filter(r -> r.kind().equals("entity"))
                .collect(java.util.stream.Collectors.groupingBy(CoverageRow::label, java.util.stream.Collectors.counting()))
                .keySet().stream().collect(java.util.stream.Collectors.groupingBy(
                        l -> l.substring(l.lastIndexOf(' ') + 1), java.util.stream.Collectors.counting()));
        for (CoverageRow row : cov.rows()) {
            if (!row.kind().equals("entity")) {
                continue;
            }
            String[] words = row.label().split("\\s+");
            String last = words[words.length - 1];
            // the full name, or its last word standing alone as a name ("Mr Macron", "Macron said") when no other
            // name of the set ends with it
            Pattern full = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(row.label()) + "(?![\\p{L}])");
            String surname = last.toLowerCase(java.util.Locale.ROOT);
            for (ArticleResult r : a.articles()) {
                if (row.cells().get(r.id()).status().equals(CoverageRow.Cell.ABSENT)) {
                    checked++;
                    assertFalse(full.matcher(r.content().text()).find(), r.id() + " is said not to carry "
                            + row.label() + " but writes it");
                    boolean alone = Facts.of(r).stream().anyMatch(f -> f.kind().equals("name") && f.key().equals(surname));
                    assertFalse(lastWords.get(last) == 1 && alone, r.id() + " is said not to carry " + row.label()
                            + " but names " + last);
                }
            }
        }
        assertTrue(checked > 5, "the seeds leave some names out: " + checked);
        // the Telegraph writes "Mr Macron" ten times and "Emmanuel Macron" only in captions
        CoverageRow macron = cov.rows().stream().filter(r -> r.id().equals("entity:emmanuel macron")).findFirst()
                .orElseThrow();
        assertEquals(CoverageRow.Cell.DIFFERENT, macron.cells().get("000_aab893cf76bb6a17").status());
        assertFalse(cov.omissions().get("000_aab893cf76bb6a17").contains("entity:emmanuel macron"));
    }

    @Test
    void aNameIsNotFoundInsideAnotherAndLettersAndClockTimesAreNotFacts() throws Exception {
        Path dir = Files.createTempDirectory("slant-facts");
        Files.writeString(dir.resolve("a.txt"), """
                Talks in the north

                Kim Jong Un met envoys at 5:05 p.m. on Tuesday, state media said. The talks ended at 10.30am.

                E and W wings of the hall were closed for 40 minutes, officials said.
                """);
        Files.writeString(dir.resolve("b.txt"), """
                Envoys at the UN

                The UN said on Tuesday that the talks had lasted 45 minutes and that Mr Park attended.
                """);
        Files.writeString(dir.resolve("c.txt"), """
                A statement from the UN

                A UN spokesman said the envoys met for 40 minutes at 17:00 GMT. Kim Jong Un did not attend.
                """);
        Analysis a = Slant.analyzeAll(List.of(dir.toString()), RunOptions.defaults());
        for (ArticleResult r : a.articles()) {
            for (Fact f : Facts.of(r)) {
                if (f.kind().equals("number")) {
                    assertFalse(f.form().matches(".*\\b(am|pm|p\\.m|a\\.m|gmt)\\b.*"), "a clock time: " + f);
                    assertFalse(f.text().contains(":"), "a clock time: " + f);
                }
                if (f.kind().equals("name")) {
                    assertTrue(f.key().length() >= 2, "a single letter: " + f);
                }
            }
        }
        CoverageRow kim = a.comparison().coverage().rows().stream().filter(r -> r.id().equals("entity:kim jong un"))
                .findFirst().orElseThrow();
        assertEquals(CoverageRow.Cell.ABSENT, kim.cells().get("b").status(), "'UN' in b is not Kim Jong Un");
        assertTrue(a.comparison().coverage().rows().stream().anyMatch(r -> r.id().equals("number:minut:40")));
    }

    @Test
    void noLettersOrClockTimesAmongTheFactsOfRealArticles() throws Exception {
        Path ptc = Path.of("../shared/data/ptc/train-articles");
        assumeTrue(Files.isDirectory(ptc), "no PTC corpus at " + ptc + ": skipped");
        List<String> files;
        try (Stream<Path> s = Files.list(ptc)) {
            files = s.map(Path::toString).filter(p -> p.endsWith(".txt")).sorted().limit(80).toList();
        }
        Analysis a = Slant.analyzeAll(files, RunOptions.defaults().withSampleLimit(files.size()));
        List<String> bad = new ArrayList<>();
        Pattern clock = Pattern.compile("\\d{1,2}:\\d\\d|(?<![\\d$\u00a3\u20ac.,])\\d{1,2}([:.]\\d\\d)?\\s*[ap]\\.?m\\b\\.?",
                Pattern.CASE_INSENSITIVE);
        for (ArticleResult r : a.articles()) {
            for (Fact f : Facts.of(r)) {
                if (f.kind().equals("number") && clock.matcher(f.text()).find() || f.kind().equals("name")
                        && f.key().length() < 2) {
                    bad.add(r.id() + ": " + f.text());
                }
            }
        }
        assertEquals(List.of(), bad);
    }
}
