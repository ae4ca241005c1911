package org.slant.extract.boilerplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.model.Article;
import org.slant.model.ArticleMeta;
import org.slant.testing.Golden;
import org.slant.testing.Project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seeds' block labels: one golden listing per seed (reviewed block by block; regenerate with
 * {@code -Dgolden.update=true} and review the diff), and the decisions the issue names, spelled out.
 */
class SeedsTest {

    private static final BoilerplateExtractor EXTRACTOR = new BoilerplateExtractor(Slant.lexicons().standard());

    /** A seed as the pipeline sees it, with the manifest's title. */
    static Article seed(String prefix) throws IOException {
        Path file = Project.seed(prefix);
        JsonNode manifest = new ObjectMapper().readTree(Project.seeds().resolve("manifest.json").toFile());
        String title = null;
        for (JsonNode a : manifest.get("articles")) {
            if (a.get("file").asText().equals(file.getFileName().toString()) && !a.path("title").isNull()) {
                title = a.get("title").asText();
            }
        }
        String id = file.getFileName().toString().replace(".txt", "");
        return new Article(id, id, "txt", ArticleMeta.empty().withTitle(title), Project.read(file), List.of());
    }

    static CleanText classify(String prefix) throws IOException {
        return CleanText.of(seed(prefix), EXTRACTOR);
    }

    @Test
    void everySeedsBlockLabelsMatchTheReviewedListing() throws IOException {
        for (String prefix : List.of("000", "001", "002", "003", "004")) {
            CleanText c = classify(prefix);
            Golden.assertMatches("boilerplate-seeds", prefix + ".txt", LabelListing.of(c.article().id(), c.classification()));
        }
    }

    private static Category labelOf(CleanText c, String startsWith) {
        for (int i = 0; i < c.classification().size(); i++) {
            if (c.classification().texts().get(i).text().startsWith(startsWith)) {
                return c.classification().category(i);
            }
        }
        throw new AssertionError("no block starts with: " + startsWith);
    }

    @Test
    void theWritersOwnOpinionIsContent() throws IOException {
        CleanText gr = classify("004");
        assertEquals(Category.CONTENT, labelOf(gr, "Nobody wants a global thermonuclear war for now."));
        assertEquals(Category.CONTENT, labelOf(gr, "For Washington, it has always been about"));
        assertEquals(Category.LEGAL, labelOf(gr, "Disclaimer:"));
        assertEquals(Category.PROMO, labelOf(gr, "[Become a Member"));
        assertEquals(Category.SHARE, labelOf(gr, "Click the share button above"));
        assertEquals(Category.META, labelOf(gr, "Uriel Araujo is a researcher"));
    }

    @Test
    void repeatedCaptionsKeepTheCreditedCopy() throws IOException {
        CleanText t = classify("000");
        int bare = -1;
        int credited = -1;
        for (int i = 0; i < t.classification().size(); i++) {
            String s = t.classification().texts().get(i).text();
            if (s.equals("Emmanuel Macron has spoken of his concerns that Russia will target the Paris Olympics")) {
                bare = i;
            } else if (s.startsWith("Emmanuel Macron has spoken of his concerns") && s.endsWith("Gonzalo Fuentes/AFP")) {
                credited = i;
            }
        }
        assertEquals(Category.DUPLICATE, t.classification().category(bare));
        assertEquals(Category.CAPTION, t.classification().category(credited));
        assertEquals(Category.PROMO, labelOf(t, "Broaden your horizons"));
        assertEquals(Category.CONTENT, labelOf(t, "Russia will target Paris Olympics, warns Macron"), "the headline is content");
    }

    @Test
    void theCasinoEntryIsSpamButACyrillicCreditIsACaption() throws IOException {
        CleanText rt = classify("003");
        assertEquals(Category.SPAM, labelOf(rt, "Зеркало сайта Vavada"));
        assertEquals(Category.SPAM, labelOf(rt, "С каждым днем онлайн-казино"));
        assertEquals(Category.NAVIGATION, labelOf(rt, "Recent Posts"));
        assertEquals(Category.NAVIGATION, labelOf(rt, "Fico shooter protested"));
        assertEquals(Category.LEGAL, labelOf(rt, "© 2024, paradox."));
        CleanText mt = classify("002");
        assertEquals(Category.CAPTION, labelOf(mt, "The Russian Defense Ministry headquarters **РБК / TASS**"));
        assertEquals(Category.META, labelOf(mt, "By [AFP](#)"));
        assertEquals(Category.CONTENT, labelOf(mt, "Lavrov regularly travels"), "a paragraph broken by the scraper");
        assertEquals(Category.CONTENT, labelOf(mt, "Western officials there."));
    }

    @Test
    void theWireCopyIsAllArticle() throws IOException {
        CleanText afp = classify("001");
        for (int i = 0; i < afp.classification().size(); i++) {
            assertEquals(Category.CONTENT, afp.classification().category(i), afp.classification().texts().get(i).text());
        }
    }

    @Test
    void bodyParagraphsAreKept() throws IOException {
        for (String prefix : List.of("000", "001", "002", "003", "004")) {
            CleanText c = classify(prefix);
            for (int i = 0; i < c.classification().size(); i++) {
                BlockText b = c.classification().texts().get(i);
                // a paragraph of the story: long, ends like a sentence, no markdown link list, no rule decided it
                boolean storyParagraph = b.words() >= 25 && b.endsSentence() && b.linkDensity() < 0.2
                        && c.classification().decisions().get(i).rule().equals(BlockClassifier.MODEL_RULE);
                if (storyParagraph) {
                    assertTrue(c.classification().category(i).isContent(), prefix + ": " + b.text());
                }
            }
        }
    }
}
