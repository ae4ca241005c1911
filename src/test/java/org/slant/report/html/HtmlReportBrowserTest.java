package org.slant.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.Slant;
import org.slant.batch.RunOptions;
import org.slant.compare.Analysis;
import org.slant.report.ReportWriter;
import org.slant.testing.Chromium;
import org.slant.testing.Project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The report in a real browser: headless Chromium opens {@code index.html} from disk; the page must raise
 * no console error, uncaught exception or CSP violation, request nothing but itself, show its sections,
 * sort its tables and switch its side-by-side pairs. The seeds report's screenshot is saved to
 * {@code reports/screenshots/report-seeds.png} for the README. Without Chromium the tests are skipped,
 * except in CI ({@code SLANT_CI} set), where a missing browser is a failure.
 */
class HtmlReportBrowserTest {

    static final List<String> SECTIONS = List.of("glance", "overview", "charts", "articles", "side-by-side",
            "coverage", "naming", "method");

    static Chromium browser;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() throws IOException {
        browser = Chromium.launchForTests("report browser tests");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private Chromium.Page open(Analysis a, String name) throws IOException {
        Path dir = tmp.resolve(name);
        new ReportWriter(Slant.lexicons().standard()).write(a, dir);
        return browser.open(dir.resolve("index.html").toUri(), 1280, 900);
    }

    private static void assertClean(Chromium.Page page) {
        assertEquals(List.of(), page.problems(), "console errors, exceptions or CSP violations in " + page.url());
        for (String url : page.requests()) {
            assertEquals(page.url(), url, "the page requested something besides itself");
        }
        for (String id : SECTIONS) {
            assertTrue(page.evaluate("document.getElementById('" + id + "') !== null").asBoolean(), "section #" + id);
        }
    }

    @Test
    void seedsReportRendersCleanlyAndItsScreenshotIsSaved() throws IOException {
        Analysis seeds = Slant.analyzeAll(List.of(Project.seeds().toString()), RunOptions.defaults());
        Chromium.Page page = open(seeds, "seeds");
        assertClean(page);
        assertEquals(5, page.evaluate("document.querySelectorAll('#overview-articles tbody tr').length").asInt());
        assertTrue(page.evaluate("document.querySelectorAll('#charts svg').length").asInt() >= 3);
        Path shot = Project.dir().resolve("reports/screenshots/report-seeds.png");
        Files.createDirectories(shot.getParent());
        byte[] png = page.screenshot(0, 0, 1280, 1500); // the header, at a glance, the overview, the first charts
        assertTrue(png.length > 10_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "a PNG screenshot");
        if (!Files.exists(shot) || !java.util.Arrays.equals(Files.readAllBytes(shot), png)) {
            Files.write(shot, png);
        }
    }

    @Test
    void fixtureWithEveryFamilyRendersCleanlyWithItsHighlights() throws IOException {
        Chromium.Page page = open(ReportFixture.analysis(), "fixture");
        assertClean(page);
        for (String sel : List.of("mark.t.k0", "mark.t.k1", "mark.t.k2", "mark.t.k3", "mark.t.k4", "mark.t.k5",
                ".src.s0", ".src.s1", ".src.s2", ".cue", ".qc", ".rc", ".who", ".wire", ".bp .bpl",
                "#quoted-words + p + figure svg", "#naming table", ".cov", "#overview-outlets")) {
            assertTrue(page.evaluate("document.querySelector('" + sel + "') !== null").asBoolean(), sel);
        }
        // highlights are drawn: a narrator-voice loaded word has a background, a quoted one only a line
        JsonNode styles = page.evaluate("(function(){var n=document.querySelector('mark.t.k0.vn');"
                + "var q=document.querySelector('mark.t.k0:not(.vn)');return [getComputedStyle(n).backgroundColor,"
                + "getComputedStyle(q).backgroundColor, getComputedStyle(n).textDecorationLine];})()");
        assertNotEquals("rgba(0, 0, 0, 0)", styles.get(0).asText());
        assertEquals("rgba(0, 0, 0, 0)", styles.get(1).asText());
        assertTrue(styles.get(2).asText().contains("underline"));
    }

    @Test
    void tablesSortAndPairsSwitchWithScript() throws IOException {
        Chromium.Page page = open(ReportFixture.analysis(), "fixture");
        String words = "Array.from(document.querySelectorAll('#overview-articles tbody tr')).map(r => r.cells[3].getAttribute('data-v'))";
        String col = "document.querySelectorAll('#overview-articles thead th button')[3]";
        page.evaluate(col + ".click()");
        List<Double> up = numbers(page.evaluate(words));
        page.evaluate(col + ".click()");
        List<Double> down = numbers(page.evaluate(words));
        List<Double> sorted = new ArrayList<>(up);
        sorted.sort(null);
        assertEquals(sorted, up, "ascending after one click");
        List<Double> reversed = new ArrayList<>(sorted);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, down, "descending after two");
        assertEquals("descending", page.evaluate(col + ".parentElement.getAttribute('aria-sort')").asText());
        // side by side: the picker appears and shows one pair at a time
        assertFalse(page.evaluate("document.getElementById('pair-picker').hidden").asBoolean());
        int pairs = page.evaluate("document.querySelectorAll('.pair').length").asInt();
        assertTrue(pairs >= 1);
        assertEquals(1, page.evaluate("document.querySelectorAll('.pair:not([hidden])').length").asInt());
        assertClean(page);
    }

    @Test
    void withoutScriptEveryPairIsListed() throws IOException {
        Path dir = tmp.resolve("noscript");
        new ReportWriter(Slant.lexicons().standard()).write(ReportFixture.analysis(), dir);
        // the same page with its script removed, as a browser with scripts off would show it
        String html = Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8);
        String noScript = html.replaceFirst("(?s)<script>.*</script>", "");
        Path file = dir.resolve("noscript.html");
        Files.writeString(file, noScript, StandardCharsets.UTF_8);
        Chromium.Page page = browser.open(file.toUri(), 1280, 900);
        assertTrue(page.evaluate("document.getElementById('pair-picker').hidden").asBoolean());
        assertEquals(page.evaluate("document.querySelectorAll('.pair').length").asInt(),
                page.evaluate("document.querySelectorAll('.pair:not([hidden])').length").asInt());
    }

    @Test
    void thePrintStylesheetMakesAHandout() throws IOException {
        Chromium.Page page = open(ReportFixture.analysis(), "print");
        page.emulatePrint();
        assertEquals("none", page.evaluate("getComputedStyle(document.querySelector('nav.toc')).display").asText());
        assertEquals("none", page.evaluate("getComputedStyle(document.getElementById('pair-picker')).display").asText());
        assertEquals(0, page.evaluate("Array.from(document.querySelectorAll('.pair'))"
                + ".filter(p => getComputedStyle(p).display === 'none').length").asInt(), "every pair prints");
        assertEquals("page", page.evaluate("getComputedStyle(document.querySelector('article.doc')).breakBefore").asText());
        byte[] pdf = page.printToPdf();
        assertTrue(pdf.length > 10_000 && new String(pdf, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"));
        assertClean(page);
    }

    /** The harness itself: a page with deliberate errors must be caught, or the tests above prove nothing. */
    @Test
    void deliberateErrorsAreDetected() throws IOException {
        Path file = tmp.resolve("broken.html");
        Files.writeString(file, """
                <!DOCTYPE html><html><head><meta charset="utf-8">
                <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-AAAA'">
                </head><body><p id="x">x</p>
                <script>console.error("deliberate console error")</script>
                </body></html>
                """, StandardCharsets.UTF_8);
        Chromium.Page blocked = browser.open(file.toUri(), 800, 600);
        assertTrue(blocked.problems().stream().anyMatch(p -> p.contains("Content Security Policy")
                || p.contains("Content-Security-Policy")), "a CSP violation is reported: " + blocked.problems());

        Path file2 = tmp.resolve("throws.html");
        Files.writeString(file2, """
                <!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
                <script>console.error("deliberate console error")</script>
                <script>throw new Error("deliberate uncaught error")</script>
                <img src="http://127.0.0.1:9/pixel.png" alt="">
                </body></html>
                """, StandardCharsets.UTF_8);
        Chromium.Page page = browser.open(file2.toUri(), 800, 600);
        List<String> problems = page.problems();
        assertTrue(problems.stream().anyMatch(p -> p.contains("deliberate console error")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("deliberate uncaught error")), problems.toString());
        assertTrue(page.requests().stream().anyMatch(u -> u.startsWith("http://127.0.0.1:9/")), page.requests().toString());
        assertThrowsAssertion(() -> assertClean(page));
    }

    private static void assertThrowsAssertion(Runnable r) {
        try {
            r.run();
        } catch (AssertionError expected) {
            return;
        }
        fail("assertClean accepted a page with errors");
    }

    private static List<Double> numbers(JsonNode arr) {
        List<Double> out = new ArrayList<>();
        arr.forEach(n -> out.add(Double.parseDouble(n.asText())));
        return out;
    }
}
