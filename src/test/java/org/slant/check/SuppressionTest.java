package org.slant.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.Slant;
import org.slant.batch.RunOptions;
import org.slant.compare.Analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inline markers in Markdown and HTML suppress what they name, with their reasons, and are counted. The
 * articles are whole sentences of four words or more: the boilerplate stage runs first and takes
 * three-word lines for page furniture.
 */
class SuppressionTest {

    @TempDir
    Path tmp;

    static final Policy POLICY = PolicyTest.policy("""
            rules:
              terminology: {narrator: warning}
            thresholds:
              - check: label.narrator.per1k <= 2
            """);

    static CheckReport check(Path... files) {
        Analysis a = Slant.analyzeAll(java.util.Arrays.stream(files).map(Path::toString).toList(), RunOptions.defaults());
        assertEquals(List.of(), a.errors());
        return new Checker(POLICY, PolicyTest.V, null, "test").check(a);
    }

    /** rule@line -> status[: reason] */
    static Map<String, String> statuses(ArticleCheck a) {
        return a.issues().stream().collect(Collectors.toMap(i -> i.rule() + "@" + a.location(i).line(),
                i -> i.status().id() + (i.reason().isEmpty() ? "" : ": " + i.reason()), (x, y) -> x + " | " + y,
                java.util.TreeMap::new));
    }

    @Test
    void markdownMarkers() throws Exception {
        Path md = tmp.resolve("a.md");
        Files.writeString(md, """
                The bizarre plan was a provocation.
                <!-- slant-disable terminology.loaded -- quoting the minister's framing -->
                It was a massacre, a disaster, and the so-called experts agreed.
                <!-- slant-enable terminology.loaded -->
                It was a massacre. <!-- slant-disable-line loaded.massacre -->
                It was a disaster.
                <!-- slant-disable-next-line -- the court's wording -->
                The hawkish extremists reportedly agreed.
                The hawkish extremists reportedly agreed.
                <!-- slant-disable -->
                A bizarre end. <!-- slant-enable --> A bizarre start.
                <!-- slant-disable label.narrator.per1k -- an opinion piece -->
                """);
        ArticleCheck a = check(md).articles().get(0);
        Map<String, String> s = statuses(a);
        assertEquals("reported", s.get("loaded.bizarre@1"));
        assertEquals("suppressed: quoting the minister's framing | suppressed: quoting the minister's framing",
                s.get("loaded.massacre@3") + " | " + s.get("loaded.disaster@3"));
        assertEquals("reported", s.get("hedge.so_called@3"), "the region names terminology.loaded only");
        assertEquals("suppressed", s.get("loaded.massacre@5"));
        assertEquals("reported", s.get("loaded.disaster@6"));
        assertEquals("suppressed: the court's wording", s.get("loaded.hawkish@8"));
        assertEquals("suppressed: the court's wording", s.get("hedge.reportedly@8"));
        assertEquals("reported", s.get("loaded.hawkish@9"));
        assertEquals("suppressed | reported", s.get("loaded.bizarre@11"), "before and after the inline enable");
        assertEquals("suppressed: an opinion piece", s.get("label.narrator.per1k@1"));
        // the comments' own words are not analysed
        assertFalse(a.issues().stream().anyMatch(i -> i.text().contains("framing")));
        CheckReport.Summary sum = new CheckReport("test", "p", null, List.of(a), List.of()).summary();
        assertEquals(a.issues().stream().filter(i -> i.status() == Issue.Status.SUPPRESSED).count(), sum.suppressed());
        assertEquals(2, sum.suppressedByReason().get("quoting the minister's framing"));
        assertEquals(1, sum.suppressedByReason().get("an opinion piece"));
        assertTrue(sum.suppressedByReason().get(CheckReport.NO_REASON) >= 2);
        assertEquals(0, sum.thresholdsBroken());
        assertFalse(a.failed(), "the broken threshold is suppressed");
    }

    @Test
    void htmlMarkersUseSourceLines() throws Exception {
        Path html = tmp.resolve("a.html");
        Files.writeString(html, """
                <html><body><article>
                <p>The <em>bizarre</em> plan was a provocation.</p>
                <!-- slant-disable loaded.bizarre -- a quoted headline -->
                <p>A bizarre &amp; hawkish end.</p>
                <!-- slant-enable -->
                <p>A bizarre start to the week.</p>
                <!-- slant-disable-next-line terminology.loaded -->
                <p>The hawkish
                   extremists spoke again.</p>
                </article></body></html>
                """);
        ArticleCheck a = check(html).articles().get(0);
        Map<String, String> s = statuses(a);
        assertEquals("reported", s.get("loaded.bizarre@2"));
        assertEquals("suppressed: a quoted headline", s.get("loaded.bizarre@4"));
        assertEquals("reported", s.get("loaded.hawkish@4"));
        assertEquals("reported", s.get("loaded.bizarre@6"));
        assertEquals("suppressed", s.get("loaded.hawkish@8"));
        assertEquals("reported", s.get("label.extremist@9"), "next-line covers one source line");
    }

    @Test
    void badMarkersAreReportedNotIgnored() throws Exception {
        Path md = tmp.resolve("b.md");
        Files.writeString(md, "The talks ended late.\n<!-- slant-disabel loaded.bizarre -->\nIt was a bizarre day in Paris. <!-- slant-disable-line loaded.bizare -->\n"
                + "<!-- an ordinary comment about slant -->\n");
        ArticleCheck a = check(md).articles().get(0);
        List<String> markers = a.issues().stream().filter(i -> i.type() == Issue.Type.MARKER)
                .map(i -> a.location(i).line() + ": " + i.message()).toList();
        assertEquals(2, markers.size(), markers.toString());
        assertTrue(markers.get(0).startsWith("2: unknown marker 'slant-disabel'"), markers.toString());
        assertTrue(markers.get(1).startsWith("3: unknown name 'loaded.bizare' in slant-disable-line (did you mean loaded.bizarre"),
                markers.toString());
        assertEquals("reported", statuses(a).get("loaded.bizarre@3"));
    }

    @Test
    void plainTextHasNoMarkers() throws Exception {
        Path txt = tmp.resolve("c.txt");
        Files.writeString(txt, "<!-- slant-disable-next-line -->\nIt was a bizarre day in Paris.\n");
        ArticleCheck a = check(txt).articles().get(0);
        assertEquals("reported", statuses(a).get("loaded.bizarre@2"));
    }
}
