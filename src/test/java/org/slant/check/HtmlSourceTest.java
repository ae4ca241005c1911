package org.slant.check;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.Slant;
import org.slant.batch.RunOptions;
import org.slant.compare.Analysis;
import org.slant.model.ArticleResult;
import org.slant.model.Finding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Raw offsets of HTML articles map to the page's source: the source range shows the finding's text. */
class HtmlSourceTest {

    @TempDir
    Path tmp;

    static final String[] WORDS = {"bizarre", "hawkish", "so-called", "massacre", "reportedly", "extremists", "Kiev",
            "provocation", "disaster", "the", "minister", "said", "talks", "on", "Wednesday", "caf\u00e9", "plan"};
    static final String[] WRAP = {"<b>%s</b>", "<em>%s</em>", "<a href=\"#x\">%s</a>", "%s", "%s", "%s",
            "<span class=\"x\">%s</span>", "%s<!-- note -->", "%s&nbsp;", "%s\n   "};

    /** A page of random paragraphs: inline tags, entities, comments, line breaks in odd places. */
    static String page(SplittableRandom rnd) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html><head><title>T &amp; t</title><script>var x = '<p>bizarre</p>';</script></head>\n<body>\n");
        for (int p = 0; p < 12; p++) {
            b.append(rnd.nextBoolean() ? "<p>" : "<div class=\"c\">\n  <p>");
            for (int w = 0; w < 14; w++) {
                String word = WORDS[rnd.nextInt(WORDS.length)];
                if (rnd.nextInt(6) == 0) {
                    word = word.replace("a", "&#97;").replace("-", "&#8209;");
                }
                b.append(String.format(WRAP[rnd.nextInt(WRAP.length)], word)).append(rnd.nextInt(5) == 0 ? "\n" : " ");
            }
            b.append(rnd.nextBoolean() ? "&amp; the end.</p>\n" : "the end.</p>\n</div>\n");
        }
        return b.append("<p hidden>bizarre hidden</p></body></html>\n").toString();
    }

    @Test
    void everyFindingsSourceRangeShowsItsText() throws Exception {
        SplittableRandom rnd = new SplittableRandom(11);
        int checked = 0;
        for (int i = 0; i < 12; i++) {
            Path f = tmp.resolve("p" + i + ".html");
            String html = page(rnd);
            Files.writeString(f, html);
            Analysis a = Slant.analyzeAll(List.of(f.toString()), RunOptions.defaults());
            assertEquals(List.of(), a.errors());
            ArticleResult r = a.articles().get(0);
            SourceView v = Sources.of(r.article());
            assertNull(v.note(), "positions are mapped");
            for (Finding x : r.findings()) {
                SourceView.Region reg = v.region(x.start(), x.end());
                String shown = Jsoup.parse(html.substring(reg.start().offset(), reg.end().offset())).text();
                assertEquals(norm(x.text()), norm(shown), f + " " + x.rule() + " at " + reg);
                // and line/column agree with the offset
                String before = html.substring(0, reg.start().offset());
                assertEquals(before.split("\n", -1).length, reg.start().line());
                assertEquals(reg.start().offset() - before.lastIndexOf('\n'), reg.start().column());
                checked++;
            }
        }
        assertTrue(checked > 100, "checked " + checked);
    }

    static String norm(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
    }

    @Test
    void aPageThatCannotBeReadAgainFallsBackToRawPositions() throws Exception {
        Path f = tmp.resolve("gone.html");
        Files.writeString(f, "<p>A bizarre plan.</p>");
        Analysis a = Slant.analyzeAll(List.of(f.toString()), RunOptions.defaults());
        Files.delete(f);
        SourceView v = Sources.of(a.articles().get(0).article());
        assertTrue(v.note().startsWith("positions index the page's extracted text"), v.note());
        assertEquals(3, v.region(2, 9).start().column());
    }
}
