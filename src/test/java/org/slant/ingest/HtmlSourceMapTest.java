package org.slant.ingest;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.slant.model.Content;
import org.slant.text.Block;
import org.slant.text.BlockSplitter;
import org.slant.text.OffsetMap;
import org.slant.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The map the HTML path builds from a page's text to its source, on random markup: every visible character
 * of the text is found in the source where the map says (one for one, or inside the entity it was decoded
 * from), and composed with the clean text's map it takes every word of the clean article to its source.
 */
class HtmlSourceMapTest {

    static final String[] WORDS = {"bizarre", "so-called", "Kiev", "minister", "said", "caf\u00e9", "plan",
            "&ldquo;never&rdquo;", "&amp;", "&amp", "&NotEqualTilde;", "&#x41;bc", "&#97;", "&nbsp;", "a&nbsp;b",
            "&copy", "&lt;b&gt;", "x&y", "&unknown;", "\u00a0", "\u201cquoted\u201d", "\uD83D\uDE00"};
    static final String[] WRAP = {"<b>%s</b>", "<em>%s</em>", "<a href='#x'>%s</a>", "%s", "%s",
            "<span class=x>%s</span>", "%s<!-- note -->", "%s\n   ", "%s<br>", "<i> %s </i>",
            "%s<img alt='pic' src=x>", "<span hidden>%s</span>", "%s<script>var a='<p>x</p>'</script>"};
    static final String[] BLOCKS = {"<p>%s</p>", "<div class='c'>\n  <p>%s</p>\n</div>", "<li>%s</li>",
            "<td>%s</td>", "<h2>%s</h2>", "<p>%s", "<div>%s<p>inner words</p> tail</div>", "<section> %s </section>"};

    static String page(SplittableRandom rnd) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html><head><title>T</title></head>\n<body>\n");
        int blocks = 1 + rnd.nextInt(10);
        for (int p = 0; p < blocks; p++) {
            StringBuilder words = new StringBuilder();
            int n = 1 + rnd.nextInt(16);
            for (int w = 0; w < n; w++) {
                words.append(String.format(WRAP[rnd.nextInt(WRAP.length)], WORDS[rnd.nextInt(WORDS.length)]))
                        .append(rnd.nextInt(5) == 0 ? "\n" : " ");
            }
            b.append(String.format(BLOCKS[rnd.nextInt(BLOCKS.length)], words)).append(rnd.nextBoolean() ? "\n" : "");
        }
        return b.append("</body></html>\n").toString();
    }

    @Property(tries = 300, seed = "1515")
    void everyVisibleCharacterIsFoundInTheSource(@ForAll long seed) {
        String html = page(new SplittableRandom(seed));
        HtmlText.Traced t = HtmlText.traced(html);
        String text = t.result().text();
        assertEquals(HtmlText.extract(Jsoup.parse(html)).text(), text, "tracking positions changes nothing");
        OffsetMap m = t.toSource();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int s = m.correctOffset(i);
            if (i > 0) {
                assertTrue(m.correctOffset(i - 1) <= s, "the map never goes backwards");
            }
            if (HtmlSourceMap.space(c)) {
                continue;
            }
            int e = m.correctEndOffset(i + 1);
            String source = html.substring(s, e);
            String decoded = e - s == 1 ? source : Parser.unescapeEntities(source, false);
            assertTrue(decoded.indexOf(c) >= 0, "text[" + i + "] '" + c + "' from source '" + source + "' in " + html);
        }
    }

    /** Clean text to raw text to source, through the two maps composed: each word's source shows the word. */
    @Property(tries = 150, seed = "1516")
    void composedWithTheCleanTextsMapEachWordFindsItsSource(@ForAll long seed) {
        String html = page(new SplittableRandom(seed));
        HtmlText.Traced t = HtmlText.traced(html);
        String raw = t.result().text();
        List<Block> kept = new ArrayList<>();
        List<Block> blocks = BlockSplitter.split(raw);
        for (int i = 0; i < blocks.size(); i += 2) {
            kept.add(blocks.get(i)); // leave gaps for the clean text's map to cross
        }
        Content c = Content.of(raw, kept);
        OffsetMap cleanToSource = c.map().compose(t.toSource());
        for (Token tok : c.tokens()) {
            int s = cleanToSource.correctOffset(tok.start());
            int e = cleanToSource.correctEndOffset(tok.end());
            String shown = norm(Jsoup.parse(html.substring(s, e)).text());
            String word = norm(c.text().substring(tok.start(), tok.end()));
            // an entity is one unit: a token holding one of the two characters of &NotEqualTilde; shows both
            assertTrue(shown.equals(word) || (shown.contains(word) && shown.length() == word.length() + 1),
                    "token '" + word + "' at " + tok.start() + " shows '" + shown + "' in " + html);
        }
    }

    @Test
    void anEntityMapsToAllOfIt() {
        String html = "<p>Tom &amp; Jerry</p>";
        HtmlText.Traced t = HtmlText.traced(html);
        assertEquals("Tom & Jerry", t.result().text());
        OffsetMap m = t.toSource();
        assertEquals(html.indexOf("&amp;"), m.correctOffset(4));
        assertEquals(html.indexOf("&amp;") + 5, m.correctEndOffset(5));
        assertEquals(html.indexOf("Jerry"), m.correctOffset(6));
        // a collapsed space starts at the next word of its node
        assertEquals(html.indexOf("&amp;"), m.correctOffset(3));
    }

    @Test
    void theBlankLineBetweenBlocksStandsAtTheEndOfTheNodeBefore() {
        String html = "<p>One</p>\n<p>Two</p>";
        HtmlText.Traced t = HtmlText.traced(html);
        assertEquals("One\n\nTwo", t.result().text());
        OffsetMap m = t.toSource();
        assertEquals(html.indexOf("</p>"), m.correctOffset(3));
        assertEquals(html.indexOf("Two"), m.correctOffset(5));
        assertEquals(html.lastIndexOf("</p>"), m.correctOffset(8), "the text's end: after its last node");
    }

    private static String norm(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
    }
}
