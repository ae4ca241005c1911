package org.slant.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.model.Article;
import org.slant.model.ArticleMeta;
import org.slant.model.OutletEvidence;
import org.slant.model.OutletSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page's head names its publisher before its text does; an article nobody names is its own unknown outlet. */
class PageOutletTest {

    private static final String BODY = "<body><nav><a href=/>Console</a> <a href=/p>Policy</a></nav>"
            + "<p>The council met on Tuesday and approved the budget for the coming year.</p></body>";

    private static Article page(String head) {
        Document doc = Jsoup.parse("<html><head>" + head + "</head>" + BODY + "</html>", "");
        return Slant.resolve(HtmlText.extract(doc).article("p", "in/p.html", doc));
    }

    @Test
    void siteNameFirst() {
        Article a = page("<meta property=og:site_name content='The Daily Bugle'>"
                + "<link rel=canonical href='https://www.bugle.example/news/1'>");
        assertEquals("The Daily Bugle", a.meta().outlet());
        assertEquals(OutletSource.INFERRED, a.meta().outletSource());
        List<String> kinds = a.meta().outletEvidence().stream().map(OutletEvidence::kind).toList();
        assertEquals(List.of(PageOutlet.SITE_NAME, PageOutlet.HOST), kinds);
        for (OutletEvidence e : a.meta().outletEvidence()) {
            assertEquals(-1, e.start(), "a clue of the head has no place in the text");
        }
    }

    @Test
    void jsonLdPublisherByIdInAGraph() {
        Article a = page("<script type='application/ld+json'>{\"@graph\": [{\"@type\": \"Article\", "
                + "\"publisher\": {\"@id\": \"#org\"}}, {\"@id\": \"#org\", \"@type\": \"Organization\", "
                + "\"name\": \"Harbour Weekly Inc.\"}]}</script><script type='application/ld+json'>{not json</script>");
        assertEquals("Harbour Weekly", a.meta().outlet());
    }

    @Test
    void theHostSpelledAsTheTitleWritesIt() {
        Article a = page("<title>Budget approved | Harbour Weekly</title>"
                + "<link rel=canonical href='https://news.harbourweekly.co.uk/budget'>");
        assertEquals("Harbour Weekly", a.meta().outlet());
        Article bare = page("<title>Budget approved</title><meta property=og:url content='https://www.harbourweekly.com/b'>");
        assertEquals("harbourweekly", bare.meta().outlet());
        Article relative = page("<title>Budget approved</title><meta property=og:url content='/b'>");
        assertEquals(OutletSource.UNKNOWN, relative.meta().outletSource());
    }

    @Test
    void aSiteNameThatIsASectionGivesWayToTheNameTheHostAgreesWith() {
        Article a = page("<meta property=og:site_name content='Health'><title>Fasting | Harbour Weekly</title>"
                + "<link rel=canonical href='https://www.harbourweekly.com/health/fasting'>");
        assertEquals("Harbour Weekly", a.meta().outlet());
        Article tagline = page("<meta property=og:site_name content='Harbour Weekly - News, Tides, Boats'>"
                + "<link rel=canonical href='https://www.harbourweekly.com/b'>");
        assertEquals("Harbour Weekly", tagline.meta().outlet());
    }

    @Test
    void aKnownHostTakesTheRegistrysName() {
        Article a = page("<meta property=og:site_name content='Telegraph.co.uk'>"
                + "<link rel=canonical href='https://www.telegraph.co.uk/news/1'>");
        assertEquals("The Telegraph", a.meta().outlet());
        assertEquals("national newspaper", a.meta().outletKind());
    }

    @Test
    void aManifestOverridesThePage() {
        Document doc = Jsoup.parse("<html><head><meta property=og:site_name content='Bugle'></head>" + BODY, "");
        Article read = HtmlText.extract(doc).article("p", "p.html", doc);
        Manifest.Entry e = new Manifest.Entry("p", "p.html", "The Real Outlet", null, null, null, null, null, null, null);
        Article a = Slant.analyzer().metadata().resolve(read, java.util.Optional.of(e));
        assertEquals("The Real Outlet", a.meta().outlet());
        assertEquals(OutletSource.MANIFEST, a.meta().outletSource());
        assertTrue(a.meta().outletEvidence().isEmpty());
    }

    @Test
    void unknownOutletsAreEachTheirOwn() {
        String text = "The council met on Tuesday and approved the budget for the coming year.";
        Article a = Slant.resolve(new Article("index", "site1/index.txt", "txt", ArticleMeta.empty(), text, List.of()));
        Article b = Slant.resolve(new Article("index", "site2/index.txt", "txt", ArticleMeta.empty(), text, List.of()));
        Article j = Slant.resolve(new Article("c-3", "c.jsonl:3", "jsonl", ArticleMeta.empty(), text, List.of()));
        assertEquals("unknown (site1/index.txt)", a.meta().outlet());
        assertEquals("unknown (site2/index.txt)", b.meta().outlet(), "one file name in two folders: two outlets");
        assertEquals("unknown (c.jsonl:3)", j.meta().outlet());
        assertEquals(OutletSource.UNKNOWN, a.meta().outletSource());
        assertNull(a.meta().outletKind());
    }
}
