package org.slant.extract.attribution;

import org.junit.jupiter.api.Test;
import org.slant.model.ArticleResult;
import org.slant.model.Attrs;
import org.slant.model.Finding;
import org.slant.testing.OffsetChecks;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.slant.extract.attribution.Analyse.attributions;
import static org.slant.extract.attribution.Analyse.byCue;
import static org.slant.extract.attribution.Analyse.part;

/**
 * Hostile and degenerate input. The timeouts are guards against runaway (quadratic) work, set far above
 * what linear work needs; throughput is measured by {@code slant bench attribution}, not here.
 */
class AttributionRobustnessTest {

    private static final Duration GUARD = Duration.ofSeconds(30);

    private static ArticleResult guarded(String text) {
        ArticleResult r = assertTimeoutPreemptively(GUARD, () -> Analyse.text(text));
        OffsetChecks.assertFindingsPointIntoRaw(r);
        r.metrics().values().forEach(v -> assertTrue(Double.isFinite(v)));
        return r;
    }

    @Test
    void unbalancedQuotesStillGiveTheAttributionsAroundThem() {
        ArticleResult r = guarded("He said ” nothing “ at all, the ” mayor said.\n\nThe bridge was closed.\n\n"
                + "“We are ready,” said Mr Macron.\n\nOfficials said the ” bridge “ was ” closed.");
        Finding macron = attributions(r).stream().filter(f -> part(f, "source").equals("Mr Macron")).findFirst().orElseThrow();
        assertEquals("We are ready", part(macron, "content"));
        assertTrue(attributions(r).stream().anyMatch(f -> part(f, "source").equals("Officials")));
    }

    @Test
    void anOpeningQuoteMarkNeverClosedEndsAtItsParagraph() {
        ArticleResult r = guarded("Mr Macron said: “We will never stop and we will win.\n\n"
                + "Officials said the bridge was closed.");
        Finding macron = attributions(r).get(0);
        assertEquals("Mr Macron", part(macron, "source"));
        assertEquals("We will never stop and we will win.", part(macron, "content"));
        assertEquals("Officials", part(attributions(r).get(1), "source"), "the next paragraph is read as usual");
    }

    @Test
    void aTenThousandWordQuotation() {
        StringBuilder b = new StringBuilder("“");
        for (int i = 0; i < 10_000; i++) {
            b.append(i % 12 == 11 ? "said. " : "word ");
        }
        b.append("end,” the minister said. Officials said nothing more.");
        ArticleResult r = guarded(b.toString());
        List<Finding> fs = attributions(r);
        assertEquals(2, fs.size(), "the cues inside the quotation are the minister's words, not attributions");
        assertEquals("the minister", part(fs.get(0), "source"));
        assertTrue(part(fs.get(0), "content").length() > 50_000);
        assertEquals(true, ((Attrs.Attribution) fs.get(0).attrs()).direct());
    }

    @Test
    void anArticleWithoutAttribution() {
        ArticleResult r = guarded("The bridge was closed on Monday.\n\nTraffic was heavy and the river was high.");
        assertTrue(attributions(r).isEmpty());
        assertEquals(0.0, r.metric("attribution.count"));
        assertEquals(0.0, r.metric("quote.share"));
    }

    @Test
    void wallsOfCuesAndQuoteMarksStayLinear() {
        StringBuilder cues = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        StringBuilder pronouns = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            cues.append("said told according to, ");
            marks.append(i % 2 == 0 ? "“ ” " : "\" ' ");
            pronouns.append("he said she said they said it said, ");
        }
        guarded(cues.toString());
        guarded(marks.toString());
        ArticleResult r = guarded(pronouns.toString());
        assertTrue(attributions(r).stream().allMatch(f -> f.category().equals("unresolved") || f.category().equals("institution")
                || f.category().equals("self")), "pronouns with nobody before them stay unresolved");
    }

    @Test
    void emptyAndWhitespaceOnlyText() {
        assertTrue(attributions(guarded(" \n\n ")).isEmpty());
        assertTrue(attributions(guarded("“")).isEmpty());
        assertTrue(attributions(guarded("said")).isEmpty());
    }
}
