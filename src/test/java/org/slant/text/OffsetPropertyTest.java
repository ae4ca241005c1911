package org.slant.text;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.slant.Slant;
import org.slant.model.Article;
import org.slant.model.ArticleMeta;
import org.slant.model.ArticleResult;
import org.slant.model.Attrs;
import org.slant.model.Content;
import org.slant.model.Finding;
import org.slant.model.Voice;
import org.slant.testing.OffsetChecks;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The evidence invariant over random and adversarial text: every block, token, sentence and quotation,
 * mapped back through the clean text, and every finding of the whole standard pipeline, is exactly the
 * raw text between its offsets. Seeded, so every run checks the same strings.
 */
class OffsetPropertyTest {

    private static final String PIECES = "abcXYZ éЗкж 0123 .,;:!?-–—'’‘\"“”«»()[]*#@$©\n\n\r\n\t \u00A0\u200B\uFEFF😀";

    @Provide
    Arbitrary<String> adversarial() {
        Arbitrary<String> chars = Arbitraries.strings().withChars(PIECES).ofMaxLength(400);
        Arbitrary<String> words = Arbitraries.of("Mr.", "U.S.", "Kiev’s", "“", "”", "‘", "’", "\"", "'", "said",
                "regime", "neo-Nazi", "\n\n", "\n", " ", "Share", "©", "Macron", "— ", "…", "...", "told AFP.",
                "https://x.com/a", "[link](#)", "**bold**", "Зеркало", "😀", "\r\n", "- ", "e.g.")
                .list().ofMaxSize(120).map(l -> String.join(" ", l));
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(300);
        return Arbitraries.oneOf(chars, words, any, Combinators.combine(words, chars).as((a, b) -> a + b));
    }

    @Property(tries = 400, seed = "20240404")
    void everySegmentAndFindingPointsIntoTheRawText(@ForAll("adversarial") String raw) {
        List<Block> blocks = BlockSplitter.split(raw);
        for (Block b : blocks) {
            assertTrue(b.start() < b.end() && b.end() <= raw.length());
        }
        // keep every other block, so the clean text has gaps to map across
        List<Block> kept = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i += 2) {
            kept.add(blocks.get(i));
        }
        Content c = Content.of(raw, kept);
        for (Span s : allSpans(c)) {
            Finding f = c.finding("test", "span", s.start(), s.end(), Voice.NARRATOR, "r", 1, Attrs.NONE);
            assertEquals(raw.substring(f.start(), f.end()), f.text());
            assertTrue(f.start() <= f.end());
        }
        Article a = new Article("p", "p", "txt", ArticleMeta.empty(), raw, List.of());
        ArticleResult r = Slant.pipeline().analyze(a);
        OffsetChecks.assertFindingsPointIntoRaw(r);
    }

    private static List<Span> allSpans(Content c) {
        List<Span> out = new ArrayList<>(c.tokens());
        out.addAll(c.sentences());
        out.addAll(c.quotes());
        return out;
    }
}
