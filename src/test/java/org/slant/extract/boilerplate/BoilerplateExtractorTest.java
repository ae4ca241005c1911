package org.slant.extract.boilerplate;

import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.model.Article;
import org.slant.model.ArticleResult;
import org.slant.model.Attrs;
import org.slant.model.Finding;
import org.slant.model.Voice;
import org.slant.testing.OffsetChecks;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stage in the standard pipeline: findings, metrics, the clean text handed on, the all-boilerplate case. */
class BoilerplateExtractorTest {

    private static final String ARTICLE = """
            Harbour council votes to rebuild the old pier

            By Jane Doe

            The harbour council voted on Tuesday to rebuild the old pier, which has been closed since a storm damaged it in 2021, after a debate that lasted most of the evening.

            Fishermen had asked for the work for three years, saying the closure forced them to land their catch at a port forty minutes away.

            "This pier is the reason the town exists," said the council leader, who proposed the plan. "We could not let it fall into the sea."

            Share this article

            Subscribe now for unlimited access to local news. Cancel anytime.

            © 2025 Harbour Times. All rights reserved.
            """;

    @Test
    void everyNonContentBlockIsAFindingWithItsReasonsAndTheMetricsAreComplete() {
        ArticleResult r = Slant.analyze(Slant.article("pier", ARTICLE));
        OffsetChecks.assertFindingsPointIntoRaw(r);
        List<Finding> b = r.findings().stream().filter(f -> f.extractor().equals("boilerplate")).toList();
        assertEquals(List.of("meta", "share", "promo", "legal"), b.stream().map(Finding::category).toList());
        for (Finding f : b) {
            assertEquals(Voice.NONE, f.voice());
            assertFalse(f.rule().isBlank());
            assertTrue(((Attrs.Boilerplate) f.attrs()).reasons().contains(f.rule()), f.toString());
        }
        assertEquals("share.share", b.get(1).rule());
        for (Category c : Category.BOILERPLATE) {
            assertTrue(r.metrics().containsKey("contamination." + c.id() + ".chars"), c.id());
        }
        assertEquals(0, r.metric("contamination.spam.blocks"));
        double boiler = b.stream().mapToDouble(f -> f.text().replaceAll("\\s", "").length()).sum();
        double all = ARTICLE.replaceAll("\\s", "").length();
        assertEquals(boiler / all, r.metric("contamination.ratio"), 1e-6);
        assertEquals(boiler, r.metric("contamination.meta.chars") + r.metric("contamination.share.chars")
                + r.metric("contamination.promo.chars") + r.metric("contamination.legal.chars"), 1e-9);
    }

    @Test
    void theCleanTextHoldsOnlyTheArticleAndItsOffsetsStillPointIntoTheRawText() {
        Article a = Slant.article("pier", ARTICLE);
        ArticleResult r = Slant.analyze(a);
        // content.words counts the clean text only: the boilerplate's words are not in it
        int words = r.words();
        assertTrue(words > 60 && words < 90, "words " + words);
        assertFalse(r.metrics().containsKey("boilerplate.words"));
        // the offsets: the result keeps the raw text it was given, and every finding (boilerplate and the
        // findings made on the clean text alike) is exactly the raw text between its start and end
        assertEquals(a.raw(), r.article().raw());
        assertFalse(r.findings().isEmpty());
        assertTrue(r.findings().stream().anyMatch(f -> f.extractor().equals("boilerplate")), r.findings().toString());
        OffsetChecks.assertFindingsPointIntoRaw(r);
        for (Finding f : r.findings()) {
            assertEquals(ARTICLE.substring(f.start(), f.end()), f.text(), f.toString());
        }
    }

    @Test
    void anArticleThatIsAllBoilerplateGetsRatioOneAndANoteNotACrash() {
        String raw = """
                Share this article

                Follow us on Twitter and Facebook

                © 2025 Example Media. All rights reserved.

                Privacy Policy
                """;
        ArticleResult r = Slant.analyze(Slant.article("empty", raw));
        assertEquals(1.0, r.metric("contamination.ratio"));
        assertEquals(0, r.words());
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("boilerplate: every block is boilerplate")), r.notes().toString());
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("content: no content")), r.notes().toString());
        OffsetChecks.assertFindingsPointIntoRaw(r);
    }

    @Test
    void aBlankArticleHasNoBlocksAndRatioZero() {
        BoilerplateExtractor e = new BoilerplateExtractor(Slant.lexicons().standard());
        Classification c = e.classifier().classify("   \n\n ", List.of(), List.of(), null);
        assertEquals(0, c.size());
        assertEquals(0.0, Contamination.of(c).ratio());
    }

    @Test
    void theSameInputGivesTheSameOutput() {
        ArticleResult a = Slant.analyze(Slant.article("pier", ARTICLE));
        ArticleResult b = Slant.analyze(Slant.article("pier", ARTICLE));
        assertEquals(a.findings(), b.findings());
        assertEquals(a.metrics(), b.metrics());
    }
}
