package org.slant.compare;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.batch.RunOptions;
import org.slant.compare.Analysis;
import org.slant.model.ArticleResult;
import org.slant.report.json.AnalysisJson;
import org.slant.testing.Golden;
import org.slant.testing.Project;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The comparison on the five seeds. The Telegraph, AFP and Moscow Times seeds carry AFP wire copy; RT
 * and Global Research do not. Everything here follows from general rules, not from these files.
 */
class ComparisonSeedsTest {

    static Analysis analysis;
    static Comparison.Result c;

    @BeforeAll
    static void analyse() {
        analysis = Slant.analyzeAll(List.of(Project.seeds().toString()), RunOptions.defaults());
        c = analysis.comparison();
    }

    private static String id(String prefix) {
        return analysis.articles().stream().map(ArticleResult::id).filter(i -> i.startsWith(prefix)).findFirst().orElseThrow();
    }

    private static double shared(String prefix) {
        return analysis.articles().stream().filter(r -> r.id().startsWith(prefix)).findFirst().orElseThrow()
                .metric("reuse.shared_share");
    }

    @Test
    void wireCopyIsSharedByTheTelegraphAfpAndTheMoscowTimes() {
        assertTrue(pairs("000", "001") >= 5, "Telegraph and AFP share at least five sentences of wire copy");
        assertTrue(passages("000", "002") >= 1, "Telegraph and Moscow Times share passages");
        assertTrue(passages("001", "002") >= 1, "AFP and Moscow Times share passages");
        assertTrue(shared("001") > 0.4, "most of the AFP copy reappears elsewhere: " + shared("001"));
        // each passage shows how it was reworded, word by word
        Reuse.Passage p = c.reuse().passages().stream().filter(x -> x.a().equals(id("000")) && x.b().equals(id("001")))
                .findFirst().orElseThrow();
        assertTrue(p.pairs().stream().flatMap(s -> s.diff().stream()).anyMatch(o -> o.op().equals("=")));
    }

    @Test
    void rtAndGlobalResearchShareLittle() {
        assertTrue(shared("003") < 0.05, "RT: " + shared("003"));
        assertTrue(shared("004") < 0.05, "Global Research: " + shared("004"));
    }

    @Test
    void coverageHoldsTheDeathTollInItsVariantsAndTheStartOfTheGames() {
        CoverageRow toll = c.coverage().rows().stream().filter(r -> r.id().startsWith("number:peopl:")).findFirst().orElseThrow();
        assertEquals("present", toll.cells().get(id("000")).status());
        assertEquals("present", toll.cells().get(id("001")).status());
        assertEquals("different", toll.cells().get(id("003")).status(), "RT: 'more than 140 people'");
        assertTrue(toll.cells().get(id("003")).forms().get(0).text().contains("140"));
        CoverageRow games = c.coverage().rows().stream().filter(r -> r.id().equals("date:07-26")).findFirst().orElseThrow();
        assertEquals("present", games.cells().get(id("000")).status());
        CoverageRow bizarre = c.coverage().rows().stream().filter(r -> r.id().equals("quote:bizarre-and-threatening"))
                .findFirst().orElseThrow();
        assertEquals("absent", bizarre.cells().get(id("003")).status());
        assertEquals(List.of("Emmanuel Macron"), bizarre.speakers(), "who called the Russian comments so");
        assertTrue(c.coverage().omissions().get(id("003")).contains(bizarre.id()), "RT leaves out the quote");
    }

    @Test
    void framingAndOutletProfiles() {
        assertEquals("ok", c.framing().articles().status());
        assertEquals(5, c.framing().articles().projection().size());
        assertEquals(4, c.framing().articles().clusters().size());
        assertEquals(5, c.outlets().size());
    }

    @Test
    void sameInputSameBytes() throws Exception {
        Analysis again = Slant.analyzeAll(List.of(Project.seeds().toString()), RunOptions.defaults());
        assertArrayEquals(AnalysisJson.bytes(analysis), AnalysisJson.bytes(again));
    }

    @Test
    void golden() throws Exception {
        Map<String, Object> summary = new TreeMap<>();
        summary.put("reuse", c.reuse().articles().stream().collect(Collectors.toMap(Reuse.ArticleReuse::id,
                r -> Map.of("shared_share", r.sharedShare(), "shared_sentences", r.sharedSentences(),
                        "partners", r.partners()), (x, y) -> x, TreeMap::new)));
        summary.put("passages", c.reuse().passages().stream().map(p -> p.a() + " ~ " + p.b() + " " + p.similarity()
                + ": " + p.aSpan().text().replaceAll("\\s+", " ")).toList());
        summary.put("coverage", c.coverage().rows().stream().map(r -> r.id() + " | " + r.label() + " | "
                + r.cells().values().stream().map(x -> x.status().substring(0, 1)).collect(Collectors.joining())
                + " | " + r.speakers()).toList());
        summary.put("omissions", c.coverage().omissions());
        Golden.assertMatches("compare-seeds", "summary.json",
                AnalysisJson.writer().writeValueAsString(summary) + "\n");
    }

    private static long pairs(String a, String b) {
        return c.reuse().passages().stream().filter(p -> p.a().equals(id(a)) && p.b().equals(id(b)))
                .mapToLong(p -> p.pairs().size()).sum();
    }

    private static long passages(String a, String b) {
        return c.reuse().passages().stream().filter(p -> p.a().equals(id(a)) && p.b().equals(id(b))).count();
    }
}
