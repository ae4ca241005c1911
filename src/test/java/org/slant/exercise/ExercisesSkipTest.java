package org.slant.exercise;

import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.batch.RunOptions;
import org.slant.compare.Analysis;
import org.slant.testing.Project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where a kind cannot be made, it is skipped with one sentence saying why, in the index; and no worksheet,
 * key or key.json is written for it.
 */
class ExercisesSkipTest {

    static final String BUDGET = "The council approved the new budget on Monday. The plan adds money for schools and "
            + "roads across the district.\n\nWork on the first roads begins in May and ends before the winter. "
            + "Schools get new roofs and heating over the next two years.";
    static final String BRIDGE = "A new footbridge opened over the river on Saturday morning. It links the old town "
            + "with the station in four minutes.\n\nThe bridge is made of steel and wood and took two years to build. "
            + "Cyclists may use it outside rush hours.";

    @Test
    void oneArticleOnly() throws IOException {
        Analysis a = Slant.analyzeAll(List.of(Project.seed("000").toString()), RunOptions.defaults());
        ExerciseSet set = Fixtures.build(a, Level.INTRO, 1);
        for (String kind : List.of("same-story", "missing", "blind", "naming")) {
            assertSkipped(set, a, kind, "Only one article was analysed");
        }
        assertTrue(made(set).contains("loaded-words") && made(set).contains("who-speaks"), "the rest are still made");
    }

    @Test
    void noQuotes() throws IOException {
        Analysis a = Fixtures.set(new String[] {"budget", "Town Paper", BUDGET}, new String[] {"bridge", "City News", BRIDGE});
        assertTrue(a.articles().stream().allMatch(r -> r.findings().stream().noneMatch(f -> f.extractor().equals("attribution"))),
                "the fixture has no speech");
        assertSkipped(Fixtures.build(a, Level.INTRO, 1), a, "who-speaks", "No quotation with an identified speaker");
    }

    @Test
    void noSharedPassages() throws IOException {
        Analysis a = Fixtures.set(new String[] {"budget", "Town Paper", BUDGET}, new String[] {"bridge", "City News", BRIDGE});
        assertTrue(a.comparison().reuse().passages().isEmpty());
        assertSkipped(Fixtures.build(a, Level.ADVANCED, 1), a, "same-story", "No two articles share a passage");
    }

    @Test
    void noContestedNamesNoLoadedWordsNoOmissions() throws IOException {
        Analysis a = Fixtures.set(new String[] {"budget", "Town Paper", BUDGET}, new String[] {"bridge", "City News", BRIDGE});
        ExerciseSet set = Fixtures.build(a, Level.INTRO, 1);
        assertSkipped(set, a, "naming", "No contested name");
        assertSkipped(set, a, "loaded-words", "No loaded word or label");
        assertSkipped(set, a, "missing", "No fact");
    }

    @Test
    void noBoilerplate() throws IOException {
        Analysis a = Fixtures.set(new String[] {"budget", "Town Paper", BUDGET}, new String[] {"bridge", "City News", BRIDGE});
        assertSkipped(Fixtures.build(a, Level.INTRO, 1), a, "not-article",
                "No block of any article was classified as boilerplate");
    }

    @Test
    void nothingAnalysed() throws IOException {
        Analysis a = Fixtures.compared(List.of());
        ExerciseSet set = Fixtures.build(a, Level.INTRO, 1);
        assertEquals(7, set.skipped().size());
        assertTrue(set.exercises().isEmpty());
        Map<String, byte[]> files = Exercises.files(set, a, Exercises.Format.HTML);
        assertEquals(List.of("index.html", "analysis.json"), List.copyOf(files.keySet()));
    }

    private static List<String> made(ExerciseSet set) {
        return set.exercises().stream().map(Exercise::kind).toList();
    }

    private static void assertSkipped(ExerciseSet set, Analysis a, String kind, String reason) throws IOException {
        ExerciseSet.Skip skip = set.skipped().stream().filter(s -> s.kind().equals(kind)).findFirst().orElse(null);
        assertTrue(skip != null, kind + " should be skipped; made: " + made(set));
        assertTrue(skip.reason().startsWith(reason), kind + ": " + skip.reason());
        assertTrue(skip.reason().endsWith("."), "one sentence: " + skip.reason());
        for (Exercises.Format format : Exercises.Format.values()) {
            Map<String, byte[]> files = Exercises.files(set, a, format);
            String slug = skip.number() + "-" + kind;
            assertFalse(files.keySet().stream().anyMatch(n -> n.startsWith(slug + ".")), "no file for " + slug);
            String index = new String(files.get("index." + format.extension), StandardCharsets.UTF_8);
            String shown = format == Exercises.Format.MD ? MarkdownSheets.inline(skip.reason())
                    : org.jsoup.Jsoup.parse(index).text();
            assertTrue(format == Exercises.Format.MD ? index.contains(shown) : shown.contains(skip.reason()),
                    "the index says why " + kind + " was skipped");
        }
    }
}
