package org.slant.compare;

import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.model.ArticleResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComparisonPartsTest {

    private static List<ArticleResult> analyse(String... texts) {
        List<ArticleResult> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            out.add(Slant.analyze(Slant.article("a" + i, texts[i])));
        }
        return out;
    }

    @Test
    void smallEditsStillAlign() {
        List<ArticleResult> rs = analyse(
                "The comments by the Russian side were bizarre and threatening, said Mr Macron on Thursday.",
                "The comments by the Russian side were bizarre and threatening, Mr. Macron told reporters on Thursday.",
                "A completely different story about the weather in the mountains this week.");
        Reuse.Result r = Reuse.find(rs);
        assertEquals(1, r.passages().size());
        assertTrue(r.articles().get(0).sharedShare() > 0.6);
        assertEquals(0.0, r.articles().get(2).sharedShare());
        List<WordDiff.Op> diff = r.passages().get(0).pairs().get(0).diff();
        assertTrue(diff.stream().anyMatch(o -> o.op().equals("~") || o.op().equals("+")), diff.toString());
    }

    @Test
    void wordDiffRuns() {
        String[] a = {"the", "french", "defence", "ministry", "said"};
        String[] b = {"the", "french", "defense", "ministry", "said", "today"};
        WordDiff.Result d = WordDiff.diff(a, b, a, b);
        assertEquals(4, d.common());
        assertEquals(List.of(new WordDiff.Op("=", "the french", "the french"), new WordDiff.Op("~", "defence", "defense"),
                new WordDiff.Op("=", "ministry said", "ministry said"), new WordDiff.Op("+", null, "today")), d.ops());
        assertEquals("= the french | ~ defence → defense | = ministry said | + today", WordDiff.compact(d.ops()));
    }

    @Test
    void numbersWithinTenPercentAreOneFactToldDifferently() {
        List<ArticleResult> rs = analyse("The attack killed at least 144 people on Friday.",
                "The attack left at least 144 people dead.", "More than 140 people were killed in the attack.",
                "The budget is 3 billion euros.");
        Coverage.Result c = Coverage.build(rs);
        CoverageRow toll = c.rows().stream().filter(r -> r.id().startsWith("number:peopl")).findFirst().orElseThrow();
        assertEquals("at least 144 people", toll.label());
        assertEquals(List.of("present", "present", "different", "absent"),
                toll.cells().values().stream().map(CoverageRow.Cell::status).toList());
        assertEquals(List.of(toll.id()), c.omissions().get("a3"));
    }

    @Test
    void whoseTheCountedThingsAreIsNotTheUnit() {
        // a demonym or an abbreviation in capitals between number and noun says whose, not what
        List<ArticleResult> rs = analyse("Congress approved $60 billion in aid for the army.",
                "The $60 billion US aid package was approved.", "A $60 billion EU aid plan was discussed.",
                "The fighting killed 30 Russian soldiers.", "Officials counted 30 soldiers dead.");
        Coverage.Result c = Coverage.build(rs);
        CoverageRow aid = c.rows().stream().filter(r -> r.id().startsWith("number:$aid")).findFirst()
                .orElseThrow(() -> new AssertionError(c.rows().stream().map(CoverageRow::id).toList()));
        assertEquals(3, aid.carriers(), aid.toString());
        CoverageRow soldiers = c.rows().stream().filter(r -> r.id().startsWith("number:soldier")).findFirst()
                .orElseThrow();
        assertEquals(2, soldiers.carriers(), soldiers.toString());
    }

    @Test
    void partialQuotesJoinTheFullStatement() {
        List<ArticleResult> rs = analyse("Macron called the remarks “bizarre and threatening” on Thursday.",
                "“The comments by the Russian side were bizarre and threatening,” Macron said.",
                "Nothing quoted here at all, only narration.");
        CoverageRow q = Coverage.build(rs).rows().stream().filter(r -> r.kind().equals("quote")).findFirst().orElseThrow();
        assertEquals("quote:bizarre-and-threatening", q.id());
        assertEquals(List.of("present", "different", "absent"),
                q.cells().values().stream().map(CoverageRow.Cell::status).toList());
    }

    @Test
    void namesLoseTheirTitlesAndJoinTheirSurnames() {
        List<ArticleResult> rs = analyse("French President Emmanuel Macron spoke.", "Later, Mr Macron said no.",
                "The weather was fine.");
        CoverageRow m = Coverage.build(rs).rows().stream().filter(r -> r.kind().equals("entity")).findFirst().orElseThrow();
        assertEquals("entity:emmanuel macron", m.id());
        assertEquals(2, m.carriers());
    }

    @Test
    void fewerThanThreeIsSaidNotPlotted() {
        List<ArticleResult> rs = analyse("One text about talks in Paris.", "Another about talks in Moscow.");
        Framing.Result f = Framing.place(rs, CorpusAccumulator.of(rs));
        assertEquals("too_few", f.articles().status());
        assertTrue(f.articles().projection().isEmpty());
        assertEquals(2, f.articles().termSimilarity().length);
    }

    @Test
    void classicalMdsKeepsDistances() {
        // four corners of a 3 x 4 rectangle
        double[][] p = {{0, 0}, {3, 0}, {3, 4}, {0, 4}};
        double[][] d = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                d[i][j] = Math.hypot(p[i][0] - p[j][0], p[i][1] - p[j][1]);
            }
        }
        double[][] x = Mds.classical(d, 2);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(d[i][j], Math.hypot(x[i][0] - x[j][0], x[i][1] - x[j][1]), 1e-6);
            }
        }
        assertArrayEquals(x[2], Mds.classical(d, 2)[2], 0.0);
    }

    @Test
    void minHashIsStable() {
        long[] a = MinHash.signature(Set.of("macron", "bizarre", "threatening"));
        long[] b = MinHash.signature(Set.of("threatening", "bizarre", "macron"));
        assertArrayEquals(a, b);
        assertEquals(MinHash.K, a.length);
    }

    @Test
    void sideBySideKeepsTheSentencesPunctuationAndSpacing() {
        String[] a = {"it", "s", "ridiculous", "he", "said"};
        String[] surfaceA = {"\u201cIt", WordDiff.GLUE + "\u2019s", "ridiculous,\u201d", "he", "said."};
        String[] b = {"it", "s", "ridiculous", "the", "read", "out", "said"};
        String[] surfaceB = {"\u201cIt", WordDiff.GLUE + "\u2019s", "ridiculous,\u201d", "the", "read-", WordDiff.GLUE + "out",
                "said."};
        WordDiff.Result d = WordDiff.diff(a, b, surfaceA, surfaceB);
        assertEquals("\u201cIt\u2019s ridiculous,\u201d", d.ops().get(0).a());
        assertEquals("the read-out", d.ops().get(1).b());
        assertEquals(List.of("the french", "defence"), List.of(WordDiff.diff(new String[]{"the", "french"},
                new String[]{"the", "french"}, new String[]{"the", "french"}, new String[]{"the", "french"}).ops().get(0).a(),
                "defence"), "plain words are spaced as before");
    }
}
