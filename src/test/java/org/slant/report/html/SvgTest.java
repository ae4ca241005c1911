package org.slant.report.html;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chart geometry the SVG templates draw: scaled, labelled, and the same on every run. */
class SvgTest {

    @Test
    void barsUseTheScaleTheyAreGivenAndShowEveryValue() {
        SvgBars.Chart c = SvgBars.of("t", List.of("A", "A very long outlet name indeed", "C"),
                new double[]{0.5, 0.25, Double.NaN}, "x.share", Charts.scale("x.share", 0.5));
        assertEquals(Fmt.px(SvgBars.BAR_W / 2), c.bars().get(0).w(), "a share of 50% is half the 0–100% axis");
        assertEquals(Fmt.px(SvgBars.BAR_W / 4), c.bars().get(1).w());
        assertEquals("0.0", c.bars().get(2).w());
        assertEquals(List.of("50%", "25%", Fmt.NONE), c.bars().stream().map(SvgBars.Bar::value).toList());
        assertEquals("100%", c.maxLabel(), "the axis is labelled at its end");
        assertEquals("A very long outle…", c.bars().get(1).label());
        assertEquals("A very long outlet name indeed", c.bars().get(1).full());
        // rates of one family share the family's largest rate: 0.6 is a tenth of a bar next to a 6.0
        SvgBars.Chart small = SvgBars.of("t", List.of("A"), new double[]{0.6}, "x.per1k", Charts.scale("x.per1k", 6.0));
        assertEquals(Fmt.px(SvgBars.BAR_W / 10), small.bars().get(0).w());
        assertEquals("all zero", SvgBars.of("t", List.of("A"), new double[]{0}, "x.per1k", Charts.scale("x.per1k", 0))
                .note());
        assertEquals("0.0", SvgBars.of("t", List.of("A"), new double[]{0}, "x.per1k", Charts.scale("x.per1k", 0))
                .bars().get(0).w(), "zero is drawn as zero");
    }

    @Test
    void labelsAreNeverCutIntoAmbiguity() {
        List<String> l = ChartLabels.of(List.of("Paul Joseph Watson", "Paul Joseph Watson (blog)",
                "Paul Joseph Watson at Infowars", "RT"));
        assertEquals(4, l.stream().distinct().count(), l.toString());
        assertTrue(l.stream().allMatch(s -> s.length() <= ChartLabels.MAX), l.toString());
        assertEquals("RT", l.get(3));
        assertEquals(List.of("The Moscow Times"), ChartLabels.of(List.of("The Moscow Times")));
        List<String> same = ChartLabels.of(List.of("An outlet with a long name A", "An outlet with a long name A."));
        assertEquals(2, same.stream().distinct().count(), same.toString());
    }

    @Test
    void contestedNameVariantsAreChartedApartNeverAddedTogether() {
        assertTrue(Charts.isTermRate("loaded.narrator.per1k"));
        assertTrue(!Charts.isTermRate("contested_naming.narrator.per1k"), "Kiev and Kyiv are not one quantity");
    }

    @Test
    void heatColoursRunFromWhiteToBlueAndToVermillionBelowZero() {
        assertEquals("#ffffff", SvgHeat.colour(0, false));
        assertEquals("#0072b2", SvgHeat.colour(1, false));
        assertEquals("#d55e00", SvgHeat.colour(-1, true));
        assertEquals("#ffffff", SvgHeat.colour(-1, false), "a sequential scale clamps at zero");
        SvgHeat.Heat h = SvgHeat.of("t", List.of("a", "b"), new double[][]{{1, 0.5}, {0.5, 1}}, false);
        assertEquals(4, h.cells().size());
        assertEquals("a × b: 0.50", h.cells().get(1).title());
    }

    @Test
    void theMapUsesOneScaleAndMergesItemsAtOneSpot() {
        Map<String, double[]> coords = new TreeMap<>();
        coords.put("A", new double[]{0, 0});
        coords.put("B", new double[]{2, 0});
        coords.put("C", new double[]{0, 1});
        coords.put("D", new double[]{0, 1});
        SvgMap.MapChart m = SvgMap.of(coords);
        assertEquals(3, m.points().size());
        assertTrue(m.points().stream().anyMatch(p -> p.label().equals("C, D")));
        SvgMap.Point a = m.points().stream().filter(p -> p.label().equals("A")).findFirst().orElseThrow();
        SvgMap.Point b = m.points().stream().filter(p -> p.label().equals("B")).findFirst().orElseThrow();
        SvgMap.Point c = m.points().stream().filter(p -> p.label().equals("C, D")).findFirst().orElseThrow();
        double dx = Double.parseDouble(b.cx()) - Double.parseDouble(a.cx());
        double dy = Double.parseDouble(a.cy()) - Double.parseDouble(c.cy());
        assertEquals(2 * dy, dx, 0.2, "x and y share one scale");
        assertEquals(SvgMap.of(coords), SvgMap.of(new TreeMap<>(coords)));
    }

    @Test
    void stackedBarsSplitEachOutletsWordsAmongActors() {
        SvgStack.Stack s = SvgStack.of("t", "words", List.of("Russia", "France"), List.of("#0072B2", "#D55E00"),
                List.of(new SvgStack.Input("RT", new double[]{90, 10}), new SvgStack.Input("X", new double[]{0, 0})));
        assertEquals(2, s.rows().get(0).segs().size());
        assertEquals(Fmt.px(SvgStack.BAR_W * 0.9), s.rows().get(0).segs().get(0).w());
        assertTrue(s.rows().get(0).segs().get(0).title().contains("90 words (90%)"));
        assertEquals(0, s.rows().get(1).segs().size());
        assertEquals("#ffffff", s.rows().get(0).segs().get(0).ink());
    }

    @Test
    void numbersAreFormattedTheSameEverywhere() {
        assertEquals("1,767", Fmt.count(1767));
        assertEquals("13%", Fmt.pct(0.133969));
        assertEquals("6.7%", Fmt.pct(0.066895));
        assertEquals("0%", Fmt.pct(0));
        assertEquals("0.0", Fmt.per1k(-0.00001));
        assertEquals("2.5", Fmt.num(2.45, 1));
        assertEquals(Fmt.NONE, Fmt.num(Double.NaN, 2));
    }

    @Test
    void onlyHttpUrlsWithAHostBecomeLinks() {
        assertEquals("https://ok.example/a?b=1&c=2", SafeUrl.http("https://ok.example/a?b=1&c=2"));
        for (String bad : List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "//evil.example/",
                "/relative", "https://ok.example/\"onmouseover=x", "https://u:p@ok.example/", "http:///x",
                "https://ok.example/ x", "vbscript:x", "file:///etc/passwd")) {
            assertEquals(null, SafeUrl.http(bad), bad);
        }
    }
}
