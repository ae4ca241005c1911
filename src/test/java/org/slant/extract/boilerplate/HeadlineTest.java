package org.slant.extract.boilerplate;

import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.model.ArticleResult;
import org.slant.model.Finding;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A headline is the article's own words (where loaded words matter most), in short texts too. */
class HeadlineTest {

    private static ArticleResult analyse(String text) {
        return Slant.analyze(Slant.article("t", text));
    }

    private static List<String> loaded(ArticleResult r) {
        return r.findings().stream().filter(f -> f.category().equals("loaded")).map(Finding::text).toList();
    }

    @Test
    void aShortTextsFirstLineIsItsHeadlineAndIsAnalysed() {
        ArticleResult r = analyse("Outrageous betrayal of the nation\n\nThe minister resigned on Monday after a vote in parliament.\n");
        assertTrue(r.findings().stream().noneMatch(f -> f.extractor().equals("boilerplate")), r.findings().toString());
        assertEquals(List.of("Outrageous", "betrayal"), loaded(r));
    }

    @Test
    void aMarkdownHeadingIsAnalysed() {
        ArticleResult r = Slant.analyze(Slant.article("t", "# Outrageous betrayal of the nation\n\nThe minister resigned "
                + "on Monday after a vote in parliament.\n"));
        assertEquals(List.of("Outrageous", "betrayal"), loaded(r));
    }
}
