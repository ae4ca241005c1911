package org.slant.exercise;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.Slant;
import org.slant.compare.Analysis;
import org.slant.testing.Chromium;
import org.slant.testing.Project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The worksheets and keys in a real browser: headless Chromium opens every page of the seeds' exercises;
 * none may raise an error or CSP violation, request anything, or run wider than an A4 page; printed, each
 * gives a PDF with tasks and answers kept whole. A worksheet and its key are photographed (an A4 page) to
 * {@code reports/screenshots/} for the README. Without Chromium the tests are skipped, except in CI
 * ({@code SLANT_CI} set), where a missing browser is a failure.
 */
class ExercisesBrowserTest {

    /** An A4 page at 96 pixels per inch. */
    static final int A4_WIDTH = 794;
    static final int A4_HEIGHT = 1123;

    /** No table or paragraph reaches past the sheet's right edge. */
    static final String FITS = "(function(){var r=document.querySelector('.sheet').getBoundingClientRect().right+1;"
            + "return Array.from(document.querySelectorAll('table, p, li')).every(e=>e.getBoundingClientRect().right<=r);})()";

    static Chromium browser;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() throws IOException {
        browser = Chromium.launchForTests("exercise browser tests");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private Path write(Analysis a, Level level) throws IOException {
        Path dir = tmp.resolve(level.id());
        Exercises.write(Exercises.build(a, org.slant.Slant.lexicons().standard(), level, 1, "seeds"), a,
                Exercises.Format.HTML, dir);
        return dir;
    }

    @Test
    void everyPageRendersCleanlyAndPrintsToA4() throws IOException {
        Analysis a = Fixtures.seeds();
        for (Level level : Level.values()) {
            List<Path> pages;
            try (Stream<Path> s = Files.list(write(a, level))) {
                pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
            }
            assertTrue(pages.size() >= 13, "index, worksheets and keys: " + pages);
            for (Path file : pages) {
                Chromium.Page page = browser.open(file.toUri(), A4_WIDTH, A4_HEIGHT);
                assertEquals(List.of(), page.problems(), "errors or CSP violations in " + file.getFileName());
                for (String url : page.requests()) {
                    assertEquals(page.url(), url, file.getFileName() + " requested something besides itself");
                }
                assertTrue(page.evaluate(FITS).asBoolean(), file.getFileName() + ": a table runs out of the sheet");
                page.emulatePrint();
                assertTrue(page.evaluate(FITS).asBoolean(), file.getFileName() + ": printed, a table runs out of the sheet");
                assertTrue(page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
                        .asBoolean(), file.getFileName() + " is wider than an A4 page");
                if (page.evaluate("document.querySelector('.task') !== null").asBoolean()) {
                    assertEquals("avoid", page.evaluate("getComputedStyle(document.querySelector('.task')).breakInside")
                            .asText(), "tasks are not split across pages");
                }
                byte[] pdf = page.printToPdf();
                assertTrue(pdf.length > 5_000 && new String(pdf, 0, 5).equals("%PDF-"), file.getFileName() + ": a PDF");
            }
        }
    }

    @Test
    void aWorksheetAndItsKeyArePhotographedForTheReadme() throws IOException {
        Path dir = write(Fixtures.seeds(), Level.INTRO);
        for (String[] shot : new String[][] {{"2-who-speaks.html", "exercise-worksheet.png"},
                {"2-who-speaks.key.html", "exercise-key.png"}}) {
            // as on screen (with the page's margins); the printed form is checked above
            Chromium.Page page = browser.open(dir.resolve(shot[0]).toUri(), A4_WIDTH, A4_HEIGHT);
            // the answer lines and blank cells are there to write in
            if (shot[0].endsWith(".key.html")) {
                assertTrue(page.evaluate("document.querySelectorAll('ul.evidence li').length").asInt() >= 3);
            } else {
                assertTrue(page.evaluate("document.querySelectorAll('td.blank').length").asInt() >= 4);
                assertTrue(page.evaluate("document.querySelector('.line').getBoundingClientRect().height").asDouble() > 20);
            }
            byte[] png = page.screenshot(0, 0, A4_WIDTH, A4_HEIGHT);
            assertTrue(png.length > 10_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "a PNG");
            Path file = Project.dir().resolve("reports/screenshots").resolve(shot[1]);
            Files.createDirectories(file.getParent());
            if (!Files.exists(file) || !Arrays.equals(Files.readAllBytes(file), png)) {
                Files.write(file, png);
            }
        }
    }
}
