package org.slant.report.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.dev.bench.BenchCorpus;
import org.slant.compare.Analysis;
import org.slant.model.ArticleResult;
import org.slant.pipeline.Pipeline;
import org.slant.dev.synth.SyntheticCorpus;
import org.slant.testing.Project;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A large set keeps the page bounded: a deterministic sample in full, every outlet represented. */
class ReportScaleTest {

    @Test
    void aLargeSetShowsABoundedDeterministicSample() {
        Pipeline p = Slant.pipeline();
        List<ArticleResult> rs = new ArrayList<>();
        new SyntheticCorpus(BenchCorpus.load(List.of(Project.seeds().toString())), 4, 3)
                .generate(80, a -> rs.add(p.analyze(a)));
        Analysis a = new Analysis("test", rs, null, List.of()).compared();
        String html = HtmlReport.render(a, Slant.lexicons().standard());
        assertEquals(html, HtmlReport.render(a, Slant.lexicons().standard()));
        Document d = Jsoup.parse(html);
        assertEquals(Corpus.FULL_LIMIT, d.select("article.doc").size());
        assertTrue(d.getElementById("articles").text().contains("Showing 50 of the 80 articles in full"));
        assertEquals(80, d.select("#overview-articles tbody tr").size());
        Set<String> outlets = new TreeSet<>();
        rs.forEach(r -> outlets.add(r.article().meta().outlet()));
        assertEquals(outlets.size(), d.select("#overview-outlets tbody tr").size());
        Set<String> shown = new TreeSet<>();
        d.select("article.doc .meta b").eachText().forEach(shown::add);
        assertEquals(outlets, shown, "every outlet has an article in full");
        assertNotNull(d.selectFirst("#charts svg rect[fill]"), "an outlet heat map replaces the article one");
        int bytes = html.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes < 8_000_000, "page size " + bytes);
        // links from the overview lead only to articles shown in full
        d.select("#overview-articles a[href]").forEach(x -> assertNotNull(d.getElementById(x.attr("href").substring(1))));
    }
}
