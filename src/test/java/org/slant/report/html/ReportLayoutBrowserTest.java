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
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seeds report at a phone's width (390 px), a wide screen (1,400 px) and in print: no sideways scrolling
 * of the page, the overview whole at 1,400 px, and in print every table within the page. Skipped like the
 * other browser tests when no Chromium is found (outside CI).
 */
class ReportLayoutBrowserTest {

    static Chromium browser;

    @TempDir
    static Path tmp;

    static Path page;

    /** Elements that stick out of the viewport, outside the boxes that scroll on purpose. */
    static final String OVERFLOW = "(function(){var w=document.documentElement.clientWidth,out=[];"
            + "document.querySelectorAll('body *').forEach(function(e){if(e.closest('.scroll'))return;"
            + "var r=e.getBoundingClientRect();if(r.width>0&&r.right>w+1)out.push(e.tagName+"
            + "(e.id?'#'+e.id:'')+(e.className&&e.className.baseVal===undefined?'.'+e.className:'')+' '+Math.round(r.right));});"
            + "return {width:document.documentElement.scrollWidth,view:w,out:out.slice(0,12)};})()";

    @BeforeAll
    static void start() throws IOException {
        browser = Chromium.launchForTests("report layout tests");
        Analysis seeds = Slant.analyzeAll(List.of(Project.seeds().toString()), RunOptions.defaults());
        new ReportWriter(Slant.lexicons().standard()).write(seeds, tmp.resolve("seeds"));
        page = tmp.resolve("seeds/index.html");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aPhoneNeverScrollsThePageSideways() {
        Chromium.Page p = browser.open(page.toUri(), 390, 800);
        JsonNode r = p.evaluate(OVERFLOW);
        assertEquals(List.of(), toList(r.get("out")), "elements wider than a 390 px screen");
        assertTrue(r.get("width").asInt() <= 390, "page width " + r.get("width") + " at 390 px");
    }

    @Test
    void theOverviewIsWholeOnAWideScreen() {
        Chromium.Page p = browser.open(page.toUri(), 1400, 900);
        JsonNode r = p.evaluate("(function(){var t=document.getElementById('overview-articles'),s=t.closest('.scroll');"
                + "return [t.scrollWidth, s?s.clientWidth:t.parentElement.clientWidth];})()");
        assertTrue(r.get(0).asInt() <= r.get(1).asInt(), "overview " + r.get(0) + " px in a box of " + r.get(1) + " px");
        assertEquals(List.of(), toList(p.evaluate(OVERFLOW).get("out")));
    }

    @Test
    void printedTablesFitThePage() {
        Chromium.Page p = browser.open(page.toUri(), 1280, 900);
        p.emulatePrint();
        JsonNode r = p.evaluate("(function(){var out=[];document.querySelectorAll('table').forEach(function(t){"
                + "var box=(t.closest('.scroll')||t.parentElement).clientWidth;if(t.scrollWidth>box+1)"
                + "out.push((t.id||t.parentElement.id||'table')+' '+t.scrollWidth+'>'+box);});return out;})()");
        assertEquals(List.of(), toList(r), "tables wider than their box in print");
        byte[] pdf = p.printToPdf();
        assertTrue(pdf.length > 10_000 && new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)
                .equals("%PDF-"), "a PDF");
    }

    private static List<String> toList(JsonNode n) {
        List<String> out = new java.util.ArrayList<>();
        n.forEach(x -> out.add(x.asText()));
        return out;
    }
}
