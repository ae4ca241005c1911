package org.slant.extract.boilerplate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.Slant;
import org.slant.batch.RunOptions;
import org.slant.cli.Main;
import org.slant.model.Article;
import org.slant.model.ArticleResult;
import org.slant.testing.OffsetChecks;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HTML input: block hints from the markup, the main container, and {@code slant extract}. */
class HtmlPathTest {

    static final String PAGE = """
            <!DOCTYPE html><html><head><title>Ferry service to the islands resumes | Coast Post</title>
            <meta property="og:title" content="Ferry service to the islands resumes"></head><body>
            <header class="site-header"><nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
            <li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
            <main><article class="story">
            <h1>Ferry service to the islands resumes</h1>
            <p class="byline">By Ana Costa</p>
            <p class="date"><time>March 4, 2025</time></p>
            <figure><img src="f.jpg" alt=""><figcaption>The ferry leaves the harbour on Monday</figcaption></figure>
            <div class="story-body">
            <p>The ferry service between the harbour and the three islands resumed on Monday after a two-month break for repairs to the landing stages, the operator said.</p>
            <p>Islanders had relied on a small water taxi since January, which could carry neither cars nor freight, and shops on the largest island ran short of fresh food in February.</p>
            <p>"It has been a hard winter, but today the boat is back and so is the bread," said the owner of the island's only bakery, who met the first crossing on the quay.</p>
            <p>The operator said the timetable would return to four crossings a day from April, once the second ship has passed its safety inspection.</p>
            </div>
            <div class="share-tools"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
            <aside class="related"><h2>Related stories</h2><ul>
            <li><a href="/1">Storm damages landing stages on two islands</a></li>
            <li><a href="/2">Water taxi to carry freight during ferry repairs</a></li>
            <li><a href="/3">Island school gets a new roof</a></li></ul></aside>
            </article></main>
            <footer class="site-footer"><p>© 2025 Coast Post Ltd. All rights reserved.</p>
            <p><a href="/privacy">Privacy Policy</a> · <a href="/terms">Terms of Use</a></p></footer>
            </body></html>
            """;

    @Test
    void theClassifierKeepsTheStoryAndDropsThePageFurniture() {
        Article a = HtmlPages.article("ferry", PAGE);
        CleanText c = CleanText.of(a, new BoilerplateExtractor(Slant.lexicons().standard()));
        String body = c.body();
        assertTrue(body.startsWith("The ferry service between the harbour"), body);
        assertTrue(body.endsWith("passed its safety inspection."), body);
        for (String furniture : new String[]{"Home", "Related stories", "Water taxi to carry freight", "Coast Post Ltd",
                "Privacy Policy", "By Ana Costa", "The ferry leaves the harbour on Monday", "Facebook"}) {
            assertFalse(body.contains(furniture), furniture + " leaked into: " + body);
        }
        assertTrue(c.text().startsWith("Ferry service to the islands resumes"), "the headline stays in the clean text");
    }

    @Test
    void linkDensityComesFromTheMarkup() {
        Article a = HtmlPages.article("ferry", PAGE);
        CleanText c = CleanText.of(a, new BoilerplateExtractor(Slant.lexicons().standard()));
        for (BlockText b : c.classification().texts()) {
            if (b.text().equals("Island school gets a new roof")) {
                assertEquals(1.0, b.linkDensity(), 1e-9);
            }
            if (b.text().startsWith("The operator said")) {
                assertEquals(0.0, b.linkDensity(), 1e-9);
            }
        }
    }

    @Test
    void anHtmlPageThroughThePipelineGivesFindingsIntoItsRawText(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("ferry.html");
        Files.writeString(page, PAGE);
        var analysis = Slant.analyzeAll(java.util.List.of(page.toString()), RunOptions.defaults().withThreads(1));
        ArticleResult r = analysis.articles().get(0);
        OffsetChecks.assertFindingsPointIntoRaw(r);
        assertTrue(r.metric("contamination.ratio") > 0.3 && r.metric("contamination.ratio") < 0.9);
        assertTrue(r.metric("contamination.navigation.chars") > 0);
        assertTrue(r.metric("contamination.caption.chars") > 0);
    }

    @Test
    void slantExtractPrintsTitleBylineDateAndBody(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("ferry.html");
        Files.writeString(page, PAGE);
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        assertEquals(0, cl.execute("extract", page.toString()));
        String[] lines = out.toString().split("\n");
        assertEquals("Ferry service to the islands resumes", lines[0]);
        assertEquals("By Ana Costa", lines[1]);
        assertEquals("March 4, 2025", lines[2]);
        assertEquals("", lines[3]);
        assertTrue(lines[4].startsWith("The ferry service between the harbour"));
        assertFalse(out.toString().contains("Related stories"));
    }

    @Test
    void slantExtractFailsWithExitTwoOnAMissingFile(@TempDir Path dir) {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        assertEquals(2, cl.execute("extract", dir.resolve("missing.html").toString()));
        assertTrue(err.toString().contains("missing.html"), err.toString());
    }

    @Test
    void theMainContainerHoldsTheStory() {
        Article a = HtmlPages.article("ferry", PAGE);
        Classification c = CleanText.of(a, new BoilerplateExtractor(Slant.lexicons().standard())).classification();
        int inMain = BlockFeatures.NAMES.indexOf("in_main");
        for (int i = 0; i < c.size(); i++) {
            String t = c.texts().get(i).text();
            if (t.startsWith("Islanders had relied")) {
                assertEquals(1.0, c.features()[i][inMain]);
            }
            if (t.equals("Home") || t.startsWith("© 2025")) {
                assertEquals(0.0, c.features()[i][inMain]);
            }
        }
    }
}
