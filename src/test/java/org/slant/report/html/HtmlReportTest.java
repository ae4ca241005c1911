package org.slant.report.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.batch.RunOptions;
import org.slant.compare.Analysis;
import org.slant.model.ArticleResult;
import org.slant.model.Finding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page's structure on a fixture with every family of findings, parsed with jsoup. */
class HtmlReportTest {

    static final Analysis FIXTURE = ReportFixture.analysis();
    static final String HTML = HtmlReport.render(FIXTURE, Slant.lexicons().standard());
    static final Document DOC = Jsoup.parse(HTML);

    @Test
    void everySectionIsThere() {
        for (String id : HtmlReportBrowserTest.SECTIONS) {
            assertNotNull(DOC.getElementById(id), id);
        }
        assertEquals(4, DOC.select("#overview-articles tbody tr").size());
        assertEquals(3, DOC.select("#overview-outlets tbody tr").size(), "Daily Ledger has two articles");
        assertEquals(4, DOC.select("article.doc").size());
    }

    @Test
    void theMarkupIsWellFormed() {
        org.jsoup.parser.Parser parser = org.jsoup.parser.Parser.htmlParser().setTrackErrors(50);
        Jsoup.parse(HTML, "", parser);
        assertEquals(List.of(), parser.getErrors(), "HTML parse errors: the parser would have to repair the page");
    }

    @Test
    void everyFindingHasANoteAndEveryLinkHasATarget() {
        for (int i = 0; i < FIXTURE.articles().size(); i++) {
            ArticleResult r = FIXTURE.articles().get(i);
            Element art = DOC.getElementById(Corpus.anchor(i));
            assertNotNull(art);
            Elements notes = art.select("ol.notes > li");
            assertEquals(r.findings().size(), notes.size(), r.id());
            for (int n = 0; n < notes.size(); n++) {
                Finding f = r.findings().get(n);
                assertTrue(notes.get(n).text().contains(f.rule()), "note " + (n + 1) + " names its rule");
                assertNotNull(art.getElementById("r" + (i + 1) + "-" + (n + 1)), "reference to note " + (n + 1));
            }
        }
        for (Element a : DOC.select("a[href^=#]")) {
            assertNotNull(DOC.getElementById(a.attr("href").substring(1)), "link target " + a.attr("href"));
        }
    }

    @Test
    void termsAreMarkedWithTheirRuleVoiceAndCategoryClass() {
        Palette palette = new Palette(List.of());
        for (int i = 0; i < FIXTURE.articles().size(); i++) {
            Element art = DOC.getElementById(Corpus.anchor(i));
            for (Finding f : FIXTURE.articles().get(i).findings()) {
                if (!f.extractor().equals("terminology")) {
                    continue;
                }
                StringBuilder text = new StringBuilder();
                for (Element m : art.select("mark.t." + palette.term(f.kind()))) {
                    if (m.attr("title").contains(" · " + f.rule())) {
                        text.append(m.text());
                    }
                }
                assertTrue(text.toString().contains(f.text()), f.rule() + " marks " + f.text() + " in " + text);
                boolean narrator = f.voice().id().equals("narrator");
                assertEquals(narrator, art.select("mark[title*=" + f.rule() + "]").first().hasClass("vn"), f.rule());
            }
        }
    }

    @Test
    void boilerplateQuotesSpeakersAndWireCopyAreMarked() {
        long boilerplate = FIXTURE.articles().stream().flatMap(r -> r.findings().stream())
                .filter(f -> f.extractor().equals("boilerplate")).count();
        assertEquals(boilerplate, DOC.select("div.bp").size());
        assertEquals(List.of("promo", "caption"), DOC.select("#art-1 .bpl").eachText());
        List<String> speakers = DOC.select(".who").eachText();
        assertTrue(speakers.contains("Anna Berg (Northland)"), speakers.toString());
        assertTrue(speakers.contains("Ivan Petrov (Eastland)"), speakers.toString());
        assertFalse(DOC.select("#art-1 .wire").isEmpty());
        assertTrue(DOC.select("#art-1 .wire").eachAttr("title").stream().anyMatch(t -> t.contains("Wire Service")));
        assertTrue(DOC.select("#art-3 .wire").isEmpty(), "Channel Nine shares nothing");
        assertFalse(DOC.select(".src.s2").isEmpty(), "anonymous sources have their own style");
        assertFalse(DOC.select("del").isEmpty() && DOC.select("ins").isEmpty(), "word differences");
    }

    @Test
    void atAGlanceStatesWhatTheMetricsSay() {
        String glance = DOC.getElementById("glance").text();
        // the fixture's articles are short: no outlet has the findings and words a ranking needs (Evidence)
        assertTrue(glance.contains("loaded words in its own voice: too little evidence to rank outlets"), glance);
        Map<String, Double> boiler = outletMeans("contamination.ratio");
        String most = boiler.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertTrue(glance.contains("Most boilerplate: " + most + ": " + Fmt.pct(boiler.get(most))), glance);
        // every identified speaker of Channel Nine is Eastland's, but most of its attributed words are from
        // speakers Slant could not place: the share is of all attributed words, and the unknown part is said
        assertTrue(glance.contains("Channel Nine gives one side, Eastland, 44% of attributed words, 56% unknown "
                + "(34 of 78 words it quotes or reports; unknown: speakers Slant could not place)"), glance);
        assertTrue(glance.contains("Daily Ledger (1) and Wire Service share the most"), glance);
        String lower = glance.toLowerCase(Locale.ROOT);
        for (String verdict : List.of("biased", "propaganda", "disinformation", "fake")) {
            assertFalse(lower.contains(verdict), "no verdicts in At a glance: " + verdict);
        }
    }

    private static Map<String, Double> outletMeans(String metric) {
        Map<String, List<Double>> by = new TreeMap<>();
        for (ArticleResult r : FIXTURE.articles()) {
            by.computeIfAbsent(r.article().meta().outlet(), k -> new ArrayList<>()).add(r.metric(metric));
        }
        Map<String, Double> out = new TreeMap<>();
        by.forEach((o, vs) -> out.put(o, vs.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
        return out;
    }

    @Test
    void contestedNameVariantsHaveTheirOwnColouredSegments() {
        Elements titles = DOC.select("#charts h4");
        assertTrue(titles.eachText().contains("kiev / kyiv"), titles.eachText().toString());
        Element chart = titles.stream().filter(t -> t.text().equals("kiev / kyiv")).findFirst().orElseThrow()
                .nextElementSibling();
        List<String> fills = chart.select("rect[fill]").eachAttr("fill");
        assertEquals(2, fills.stream().distinct().count(), "Kiev and Kyiv in two colours: " + fills);
        assertTrue(chart.select("title").eachText().stream().anyMatch(t -> t.contains("kiev: 2 uses")),
                chart.select("title").eachText().toString());
    }

    @Test
    void theMethodShowsHowAccurateEachExtractorWasMeasured() {
        Elements rows = DOC.select("#accuracy tbody tr");
        assertTrue(rows.size() >= 3, rows.toString());
        for (Element r : rows) {
            assertEquals(7, r.select("td").size());
            assertTrue(r.select("td").get(4).text().matches("0\\.\\d{3}"), "an F1 figure: " + r.text());
            assertTrue(r.select("code").text().startsWith("./slant eval "), "the command that measured it: " + r.text());
        }
        List<String> measures = rows.stream().map(r -> r.select("td").first().text()).toList();
        for (String family : List.of("Boilerplate", "Loaded", "Attribution")) {
            assertTrue(measures.stream().anyMatch(m -> m.startsWith(family)), family + " in " + measures);
        }
    }

    @Test
    void contestedNamesAndCoverageTables() {
        Elements rows = DOC.select("#naming table").first().select("tbody tr");
        assertEquals(4, rows.size());
        assertTrue(rows.get(2).text().contains("Kiev (2× own voice)"), rows.get(2).text());
        assertTrue(rows.get(2).text().contains("special military operation (1× quoted)"), rows.get(2).text());
        assertTrue(DOC.select("#naming th").eachText().contains("Kiev / Kyiv"));
        assertFalse(DOC.select("#coverage table.cov tbody tr").isEmpty());
    }

    @Test
    void methodListsMetricsAndLexicons() {
        Element method = DOC.getElementById("method");
        assertTrue(method.text().contains("contamination.ratio"));
        assertTrue(method.text().contains("<category>.<voice>.per1k"));
        assertTrue(method.text().contains("lexicons/outlets.yaml"), "the built-in lexicons with their sizes");
        assertTrue(method.text().contains("English only"));
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        assertEquals(HTML, HtmlReport.render(ReportFixture.analysis(), Slant.lexicons().standard()));
    }

    @Test
    void thePolicyAllowsExactlyTheInlineStyleAndScript() throws Exception {
        String csp = DOC.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertEquals(1, DOC.select("style").size());
        assertEquals(1, DOC.select("script").size());
        assertTrue(csp.contains("style-src " + HtmlReport.cspHash(DOC.selectFirst("style").data()) + ";"), csp);
        assertTrue(csp.contains("script-src " + HtmlReport.cspHash(DOC.selectFirst("script").data()) + ";"), csp);
        assertTrue(csp.startsWith("default-src 'none';"));
        assertFalse(csp.contains("unsafe"));
        assertTrue(DOC.select("[style]").isEmpty(), "no style attributes: the policy would block them");
        assertFalse(HTML.contains("{{"), "no template tag left unrendered");
    }

    @Test
    void noTemplateWritesUnescapedText() throws Exception {
        Path dir = org.slant.testing.Project.dir().resolve("src/main/resources/report");
        try (var files = java.nio.file.Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".mustache")).toList()) {
                String t = java.nio.file.Files.readString(f);
                assertFalse(t.contains("{{{") || t.contains("{{&") || t.contains("{{="), f + " may not bypass escaping");
                assertFalse(t.contains("style=\"") || t.contains(" on") && t.matches("(?s).*\\son[a-z]+=.*"),
                        f + ": no style attributes or inline handlers (the policy forbids them)");
            }
        }
    }

    @Test
    void familiesNoExtractorMeasuredSaySo() {
        // the seeds as a pipeline without the terminology stage would leave them: no terminology metric or finding
        Analysis seeds = Slant.analyzeAll(List.of(org.slant.testing.Project.seeds().toString()), RunOptions.defaults());
        List<String> declared = Slant.pipeline().stages().stream().filter(e -> e.id().equals("terminology"))
                .findFirst().orElseThrow().metrics();
        List<ArticleResult> withoutTerms = seeds.articles().stream().map(r -> new ArticleResult(r.article(), r.words(),
                new java.util.TreeMap<>(r.metrics().entrySet().stream().filter(m -> declared.stream()
                        .noneMatch(p -> m.getKey().matches(p.replace(".", "\\.").replace("*", "[^.]+"))))
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))),
                r.findings().stream().filter(f -> !f.extractor().equals("terminology")).toList(), r.notes(),
                r.content())).toList();
        assertTrue(withoutTerms.stream().noneMatch(r -> r.metrics().containsKey("loaded.narrator.per1k")));
        Document d = Jsoup.parse(HtmlReport.render(new Analysis(seeds.toolVersion(), withoutTerms, seeds.comparison(),
                seeds.errors()), Slant.lexicons().standard()));
        String glance = d.getElementById("glance").text();
        assertTrue(glance.contains("Highest rate of loaded words in its own voice: not measured in this run"), glance);
        assertTrue(d.getElementById("charts").text().contains("Not measured in this run: no terminology metrics"));
        assertEquals(5, d.select("article.doc").size());
    }

    @Test
    void anAnalysisNeverComparedOrWithoutContentStillRenders() {
        List<ArticleResult> bare = FIXTURE.articles().stream().map(ArticleResult::withoutContent).toList();
        Document d = Jsoup.parse(HtmlReport.render(new Analysis("x", bare, null, List.of()), Slant.lexicons().standard()));
        assertEquals(4, d.select("article.doc").size());
        assertTrue(d.getElementById("side-by-side").text().contains("No passage is shared"));
        assertTrue(d.getElementById("coverage").text().contains("Not compared"));
        Document empty = Jsoup.parse(HtmlReport.render(new Analysis("x", List.of(), null, List.of()), Slant.lexicons().standard()));
        assertNotNull(empty.getElementById("overview"));
    }
}
