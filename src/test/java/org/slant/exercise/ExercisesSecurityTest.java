package org.slant.exercise;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.slant.compare.Analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Article text and outlet names are untrusted: hostile markup in them reaches the worksheets, keys and the
 * index as text only, in HTML (no element, attribute, handler or link gets through) and in Markdown (no
 * link, image or HTML tag).
 */
class ExercisesSecurityTest {

    static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(1)>\" onmouseover=\"alert(1)"
            + "</style><a href=\"javascript:alert(1)\">x</a>[click](javascript:alert(1)) ![i](http://evil.example/i.png)"
            + " {{csp}} <!-- `tick` ``double``";

    static final String WIRE = "The attack on March 22 killed at least 144 people, the ministry said on Thursday.\n\n"
            + "“The comments by the other side were bizarre and threatening,” said Foreign Minister John Smith.\n\n";

    static Analysis hostile() {
        String one = "Hawkish generals staged a massacre in Kiev " + HOSTILE + ", the extremists' regime said.\n\n"
                + WIRE + "“We will never accept this " + HOSTILE + ",” said John Smith, a spokesman.\n\n"
                + "The invasion of Ukraine " + HOSTILE + " goes on, a senior official told reporters.";
        String two = "Officials in Kyiv " + HOSTILE + " spoke of a brutal massacre and a puppet regime.\n\n"
                + WIRE.replace("said on Thursday", "told reporters on Thursday") + "The special military operation "
                + "continues, said Dmitry Peskov, the spokesman. " + HOSTILE;
        return Fixtures.set(new String[] {"a<script>", "<b onclick=alert(1)>Evil \"Outlet\"</b>", one},
                new String[] {"b", "Other</style><script>alert(2)</script>", two},
                new String[] {"c", "[Third](javascript:alert(3))", WIRE + "Nothing else happened " + HOSTILE});
    }

    @Test
    void hostileTextStaysTextInHtml() throws IOException {
        Analysis a = hostile();
        for (Level level : Level.values()) {
            ExerciseSet set = Fixtures.build(a, level, 3);
            List<String> made = set.exercises().stream().map(Exercise::kind).toList();
            assertTrue(made.containsAll(List.of("loaded-words", "who-speaks", "same-story", "blind", "naming")), made.toString());
            Map<String, byte[]> files = Exercises.files(set, a, Exercises.Format.HTML);
            boolean seen = false;
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                if (!f.getKey().endsWith(".html")) {
                    continue;
                }
                Document doc = Jsoup.parse(new String(f.getValue(), StandardCharsets.UTF_8));
                String name = f.getKey();
                assertTrue(doc.select("script, img, iframe, object, embed, link, base, form").isEmpty(), name);
                assertEquals(1, doc.select("style").size(), name);
                String csp = doc.select("meta[http-equiv=Content-Security-Policy]").attr("content");
                assertTrue(csp.contains("default-src 'none'") && csp.contains("script-src 'none'"), name);
                for (Element e : doc.getAllElements()) {
                    for (Attribute at : e.attributes()) {
                        assertFalse(at.getKey().toLowerCase().startsWith("on"), name + ": handler " + at);
                    }
                }
                for (Element link : doc.select("a[href]")) {
                    assertTrue(link.attr("href").matches("\\d-[a-z-]+(\\.key)?\\.(html|json)"), name + ": " + link);
                }
                seen |= doc.text().contains("<script>alert(1)</script>");
            }
            assertTrue(seen, "the hostile text is shown, as text");
            EvidenceCheck.assertBacked(files);
        }
    }

    private static final Pattern LINK = Pattern.compile("(?<!\\\\)\\]\\(([^)]*)\\)");
    private static final Pattern CODE = Pattern.compile("(`+) .*? \\1");

    @Test
    void hostileTextStaysTextInMarkdown() throws IOException {
        Analysis a = hostile();
        Map<String, byte[]> files = Exercises.files(Fixtures.build(a, Level.ADVANCED, 3), a, Exercises.Format.MD);
        boolean seen = false;
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (!f.getKey().endsWith(".md")) {
                continue;
            }
            String md = new String(f.getValue(), StandardCharsets.UTF_8);
            String text = CODE.matcher(md).replaceAll(""); // evidence lines: code spans show text verbatim
            seen |= md.contains("\\<script\\>alert\\(1\\)\\</script\\>");
            assertFalse(Pattern.compile("(?<!\\\\)<").matcher(text).find(), f.getKey() + ": a bare '<'");
            Matcher m = LINK.matcher(text);
            while (m.find()) {
                assertTrue(f.getKey().startsWith("index.") && m.group(1).matches("\\d-[a-z-]+(\\.key)?\\.(md|json)"),
                        f.getKey() + ": link " + m.group());
            }
            for (String line : text.split("\n")) {
                assertFalse(line.startsWith("<") || line.startsWith("!["), f.getKey() + ": " + line);
            }
        }
        assertTrue(seen, "the hostile text is shown, escaped");
    }
}
