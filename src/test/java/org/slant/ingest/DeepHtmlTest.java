package org.slant.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.Slant;
import org.slant.batch.RunOptions;
import org.slant.check.ArticleCheck;
import org.slant.check.Checker;
import org.slant.check.PolicyReader;
import org.slant.check.Vocabulary;
import org.slant.compare.Analysis;
import org.slant.lexicon.Lexicons;
import org.slant.model.ArticleResult;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page nested 100,000 elements deep is read, analysed and checked without a StackOverflowError. */
class DeepHtmlTest {

    @TempDir
    Path tmp;

    static String nested(int depth, String text) {
        return "<html><body>" + "<div>".repeat(depth) + text + "</div>".repeat(depth) + "</body></html>";
    }

    @Test
    void hundredThousandLevelsAreAnalysedAndChecked() throws Exception {
        Path page = tmp.resolve("deep.html");
        Files.writeString(page, nested(100_000, "The minister said the talks were bizarre and threatening."));
        Analysis a = Slant.analyzeAll(List.of(page.toString()), RunOptions.defaults());
        assertEquals(List.of(), a.errors());
        ArticleResult r = a.articles().get(0);
        assertEquals("The minister said the talks were bizarre and threatening.", r.article().raw());
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("boilerplate: 1 block is nested deeper than 64")),
                r.notes().toString());
        Lexicons lexicons = Slant.lexicons().standard();
        Vocabulary v = Vocabulary.of(Slant.pipeline(lexicons), lexicons);
        ArticleCheck c = new Checker(PolicyReader.defaultPolicy().resolve(v), v, null, "test").check(r);
        assertEquals(r.article().file(), c.file());
    }

    @Test
    void everyLevelWithTextOfItsOwn() throws Exception {
        StringBuilder b = new StringBuilder("<html><body>");
        for (int i = 0; i < 5_000; i++) {
            b.append("<div>Level ").append(i).append(" of the page. ");
        }
        b.append("</div>".repeat(5_000)).append("</body></html>");
        Path page = tmp.resolve("levels.html");
        Files.writeString(page, b);
        Analysis a = Slant.analyzeAll(List.of(page.toString()), RunOptions.defaults());
        assertEquals(List.of(), a.errors());
        assertEquals(5_000, a.articles().get(0).article().markup().size());
    }

    /** Paths up to the cap are written in full; a longer one keeps its outer and inner halves and counts the rest. */
    @Test
    void longPathsKeepBothEnds() {
        Document doc = Jsoup.parse(nested(100, "<p id=here>x</p>"));
        Element p = doc.getElementById("here");
        String path = HtmlText.path(p);
        List<String> parts = List.of(path.split(">"));
        assertEquals(HtmlText.MAX_PATH_ELEMENTS + 1, parts.size(), path);
        assertEquals("body", parts.get(0));
        assertEquals(HtmlText.SKIPPED + (102 - HtmlText.MAX_PATH_ELEMENTS), parts.get(HtmlText.MAX_PATH_ELEMENTS / 2));
        assertEquals("p:0#here", parts.get(parts.size() - 1));

        Document shallow = Jsoup.parse(nested(62, "<p id=here>x</p>"));
        String full = HtmlText.path(shallow.getElementById("here"));
        assertEquals("body>" + "div:0>".repeat(62) + "p:0#here", full);
    }
}
