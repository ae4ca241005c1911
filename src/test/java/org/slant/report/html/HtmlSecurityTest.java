package org.slant.report.html;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.Slant;
import org.slant.batch.RunOptions;
import org.slant.compare.Analysis;
import org.slant.lexicon.LexiconFile;
import org.slant.lexicon.Lexicons;
import org.slant.model.AnalysisError;
import org.slant.model.ArticleResult;
import org.slant.model.Attrs;
import org.slant.model.Finding;
import org.slant.model.TermAttrs;
import org.slant.model.Voice;
import org.slant.report.ReportWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile input everywhere a string can come from — article text, manifest fields (outlet, title, URL,
 * via, date), finding attributes, rule ids, categories, metric names, error messages and lexicon headers —
 * and the page must carry it as text: no injected element, attribute, event handler or URL.
 */
class HtmlSecurityTest {

    /** Payloads; each tries to leave a text node, an attribute, a style or a script. */
    static final List<String> PAYLOADS = List.of(
            "<script>alert('xss-1')</script>",
            "<img src=x onerror=alert('xss-2')>",
            "\" onerror=\"alert('xss-3')\" x=\"",
            "' onmouseover='alert(4)' class='pwned",
            "</style><b class=\"pwned\">xss-5</b><style>",
            "</script><script>alert('xss-6')</script>",
            "<a href=\"javascript:alert('xss-7')\">click</a>",
            "<svg onload=alert(8)><b class=pwned>",
            "{{csp}} {{{heading}}} <!-- xss-9 -->",
            "<iframe src=\"https://evil.example/\"></iframe>");

    static final String HOSTILE = String.join(" ", PAYLOADS);

    @TempDir
    static Path tmp;

    static Document doc;
    static String html;
    static Map<String, byte[]> files;

    @BeforeAll
    static void render() throws IOException {
        Path dir = tmp.resolve("in");
        Files.createDirectories(dir);
        StringBuilder text = new StringBuilder("Headline " + PAYLOADS.get(0) + "\n\n");
        for (String p : PAYLOADS) {
            text.append("The minister said \"").append(p).append("\" on Monday, according to officials.\n\n");
        }
        text.append("=HYPERLINK(\"http://evil.example\",\"click\")\n\n+cmd|' /C calc'!A0\n\n@SUM(1+1)\n\n-2+3\n");
        Files.writeString(dir.resolve("a.txt"), text.toString(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.txt"), text.toString().replace("Monday", "Tuesday"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("manifest.json"), new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsString(Map.of("articles", List.of(
                        entry("a", "a.txt", "javascript:alert('xss-url')"),
                        entry("b", "b.txt", "https://ok.example/p?q=\"><script>alert(1)</script>")))),
                StandardCharsets.UTF_8);
        Analysis base = Slant.analyzeAll(List.of(dir.toString()), RunOptions.defaults());
        assertEquals(2, base.articles().size(), base.errors().toString());
        List<ArticleResult> hostile = new ArrayList<>();
        for (ArticleResult r : base.articles()) {
            hostile.add(withHostileFindings(r));
        }
        Analysis a = new Analysis("1.0\"><script>alert('v')</script>", hostile, null,
                List.of(new AnalysisError("<b class=pwned>file</b>.txt", HOSTILE))).compared();
        Lexicons lexicons = new Lexicons(List.of(new LexiconFile("lexicons/" + PAYLOADS.get(1) + ".yaml",
                PAYLOADS.get(2), PAYLOADS.get(3), "terminology", PAYLOADS.get(4), PAYLOADS.get(5), List.of(), null)));
        files = new ReportWriter(lexicons).render(a);
        html = new String(files.get("index.html"), StandardCharsets.UTF_8);
        doc = Jsoup.parse(html);
    }

    private static Map<String, Object> entry(String id, String file, String url) {
        Map<String, Object> m = new TreeMap<>();
        m.put("id", id);
        m.put("file", file);
        m.put("outlet", id.equals("a") ? "=cmd|' /C calc'!A0 " + PAYLOADS.get(1) : "@Outlet " + PAYLOADS.get(3));
        m.put("outlet_kind", PAYLOADS.get(4));
        m.put("via", PAYLOADS.get(6));
        m.put("url", url);
        m.put("date", PAYLOADS.get(2));
        m.put("title", "+" + PAYLOADS.get(5));
        return m;
    }

    /** Findings of every family whose category, rule and attributes carry the payloads. */
    private static ArticleResult withHostileFindings(ArticleResult r) {
        String raw = r.article().raw();
        List<Finding> fs = new ArrayList<>(r.findings());
        int k = 0;
        for (String p : PAYLOADS) {
            int s = raw.indexOf(p);
            if (s < 0) {
                continue;
            }
            // every text field of every kind of attributes carries the payload
            TermAttrs.Who who = new TermAttrs.Who(p, p, p);
            String cat = k % 3 == 0 ? "contested_naming" : k % 3 == 1 ? "loaded" : p;
            TermAttrs term = k % 3 == 0 ? new TermAttrs.Naming(p, p, p, p, who) : k % 3 == 1 ? new TermAttrs.Entry(p, who)
                    : new TermAttrs.ScareQuote(p, p, who);
            fs.add(Finding.of(raw, "terminology", cat, s, s + p.length(), Voice.NARRATOR, "rule." + p, 1, term));
            fs.add(Finding.of(raw, "terminology", "loaded", s, s + p.length(), Voice.NARRATOR, "model." + p, 1,
                    new TermAttrs.Learned(p, 0.5, p, who)));
            Attrs.Attribution at = new Attrs.Attribution(new Attrs.Span(s, s + 5, p), new Attrs.Span(s + 5, s + 8, p),
                    new Attrs.Span(s, s + p.length(), p), List.of(new Attrs.Span(s, s + 1, p)), p, p, p, p, true, p, p,
                    false, p);
            fs.add(Finding.of(raw, "attribution", k % 2 == 0 ? "named" : p, s, s + p.length(), Voice.QUOTED, "cue." + p,
                    1, at));
            fs.add(Finding.of(raw, k % 2 == 0 ? "boilerplate" : p, "promo", s, s + p.length(), Voice.NONE, p, 1,
                    k % 2 == 0 ? new Attrs.Boilerplate(0, List.of(p, "x")) : term));
            k++;
        }
        TreeMap<String, Double> metrics = new TreeMap<>(r.metrics());
        metrics.put("loaded.narrator.per1k", 3.0);
        metrics.put("contamination.ratio", 0.5);
        metrics.put("voice." + PAYLOADS.get(1) + ".words", 40.0);
        metrics.put(PAYLOADS.get(0) + ".narrator.per1k", 1.0);
        metrics.put("naming." + PAYLOADS.get(3), 1.0);
        return new ArticleResult(r.article(), r.words(), metrics, fs, List.of(PAYLOADS.get(8)), r.content());
    }

    @Test
    void onlyThePagesOwnStyleAndScriptExist() {
        assertEquals(1, doc.select("script").size());
        assertEquals(1, doc.select("style").size());
        assertEquals(HtmlReport.partial("script.mustache"), doc.selectFirst("script").data());
        assertEquals(HtmlReport.partial("style.mustache"), doc.selectFirst("style").data());
        assertTrue(doc.select("iframe, img, object, embed, link, base, form, input, frame, audio, video, source")
                .isEmpty());
        assertEquals(5, doc.select("meta").size(), "charset, policy, viewport, referrer, generator");
    }

    @Test
    void noInjectedElementAttributeOrHandler() {
        assertTrue(doc.select(".pwned, [class*=pwned]").isEmpty(), "an injected class");
        for (Element e : doc.getAllElements()) {
            for (Attribute at : e.attributes()) {
                String name = at.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), "event handler " + name + " on <" + e.tagName() + ">");
                assertTrue(ALLOWED_ATTRIBUTES.contains(name), "unexpected attribute " + name + " on <" + e.tagName() + ">");
                String v = at.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                if (!name.equals("title") && !name.equals("content") && !name.equals("aria-label")) {
                    assertFalse(v.contains("javascript:") || v.contains("<") || v.contains("alert("),
                            name + "=" + at.getValue());
                }
            }
            assertTrue(ALLOWED_TAGS.contains(e.tagName()), "unexpected element <" + e.tagName() + ">");
        }
    }

    static final Set<String> ALLOWED_TAGS = Set.of("#root", "html", "head", "meta", "title", "style", "body", "div",
            "header", "h1", "h2", "h3", "h4", "p", "nav", "a", "main", "section", "ul", "ol", "li", "b", "table",
            "thead", "tbody", "tr", "th", "td", "svg", "rect", "text", "line", "circle", "figure", "figcaption",
            "span", "mark", "article", "code", "details", "summary", "del", "ins", "small", "label", "select",
            "option", "footer", "br", "script");

    static final Set<String> ALLOWED_ATTRIBUTES = Set.of("lang", "charset", "http-equiv", "content", "name", "id",
            "class", "href", "title", "rel", "aria-label", "aria-hidden", "role", "hidden", "scope", "data-v", "for",
            "value", "width", "height", "viewbox", "x", "y", "x1", "x2", "y1", "y2", "dx", "cx", "cy", "r", "fill",
            "transform", "text-anchor");

    @Test
    void hostileTextLeavesTheMarkupWellFormed() {
        org.jsoup.parser.Parser parser = org.jsoup.parser.Parser.htmlParser().setTrackErrors(50);
        Jsoup.parse(html, "", parser);
        assertEquals(List.of(), parser.getErrors());
    }

    @Test
    void linksGoOnlyToAnchorsAndValidatedHttpUrls() {
        for (Element a : doc.select("[href]")) {
            String href = a.attr("href");
            if (href.startsWith("#")) {
                assertTrue(doc.getElementById(href.substring(1)) != null, "dangling anchor " + href);
            } else {
                assertEquals(SafeUrl.http(href), href, "an external link must be a validated http(s) URL: " + href);
                assertTrue(href.startsWith("https://ok.example/"), href);
                assertFalse(href.contains("\"") || href.contains("<"), href);
            }
        }
        assertTrue(doc.select("[src]").isEmpty());
    }

    @Test
    void thePayloadsAreShownAsText() {
        String text = doc.text();
        for (String p : List.of(PAYLOADS.get(0), PAYLOADS.get(6), "javascript:alert('xss-url')")) {
            assertTrue(text.contains(p), "shown as text: " + p);
        }
        assertTrue(doc.title().contains("articles"), doc.title());
        assertTrue(doc.selectFirst("meta[name=generator]").attr("content").contains("<script>"),
                "the version is an attribute value, escaped");
    }

    @Test
    void csvCellsThatCouldRunAsFormulasAreNeutralised() throws IOException {
        for (String name : List.of("articles.csv", "findings.csv", "outlets.csv", "reuse.csv", "coverage.csv",
                "similarity.csv")) {
            List<List<String>> rows = new CsvMapper().readerForListOf(String.class)
                    .with(CsvParser.Feature.WRAP_AS_ARRAY).<List<String>>readValues(files.get(name)).readAll();
            int risky = 0;
            for (List<String> row : rows) {
                for (String cell : row) {
                    if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                        assertTrue(cell.matches("-?[0-9.]+"), name + ": a formula-like cell " + cell);
                    }
                    risky += cell.startsWith("'=") || cell.startsWith("'+") || cell.startsWith("'@") ? 1 : 0;
                }
            }
            if (name.equals("articles.csv") || name.equals("findings.csv")) {
                assertTrue(risky > 0, name + " carried formula-like text, neutralised with an apostrophe");
            }
        }
    }
}
