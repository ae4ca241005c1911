package org.slant.exercise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Checks an exercise folder's keys against its {@code analysis.json}, reading only the written files: every
 * answer of every {@code *.key.json} has evidence, and each piece of evidence is a finding (matched by
 * article id, raw offsets and rule), a metric, or a comparison entry (equal to the entry at its JSON
 * Pointer) of that analysis, of the sort its exercise kind is made from. When the keys are HTML, their
 * evidence lists must cite the same entries in the same order.
 */
final class EvidenceCheck {

    static final ObjectMapper JSON = new ObjectMapper();

    /** Evidence types and extractors each kind may cite. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "loaded-words", Set.of("finding:terminology"),
            "who-speaks", Set.of("finding:attribution"),
            "same-story", Set.of("reuse"),
            "missing", Set.of("coverage", "omission"),
            "not-article", Set.of("finding:boilerplate"),
            "blind", Set.of("finding:terminology", "metric"),
            "naming", Set.of("finding:terminology"));

    private EvidenceCheck() {
    }

    /** Checks every key in the files; returns how many pieces of evidence were checked. */
    static int assertBacked(Map<String, byte[]> files) {
        JsonNode analysis = read(files.get("analysis.json"));
        int checked = 0;
        int keys = 0;
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (!f.getKey().endsWith(".key.json")) {
                continue;
            }
            keys++;
            JsonNode key = read(f.getValue());
            String kind = key.path("kind").asText();
            JsonNode answers = key.path("answers");
            assertTrue(answers.size() > 0, f.getKey() + ": a key without answers");
            List<String> pointers = new ArrayList<>();
            for (JsonNode answer : answers) {
                JsonNode evidence = answer.path("evidence");
                assertTrue(evidence.size() > 0, f.getKey() + ": answer without evidence: " + answer.path("label"));
                for (JsonNode ev : evidence) {
                    check(analysis, kind, ev, f.getKey());
                    pointers.add(ev.path("pointer").asText());
                    checked++;
                }
            }
            String html = f.getKey().replace(".key.json", ".key.html");
            if (files.containsKey(html)) {
                Document doc = Jsoup.parse(new String(files.get(html), StandardCharsets.UTF_8));
                List<String> cited = doc.select("ul.evidence li").stream().map(e -> e.attr("data-pointer")).toList();
                assertEquals(pointers, cited, html + " cites other evidence than its key.json");
                for (Element li : doc.select("ul.evidence li")) {
                    assertFalse(li.text().isBlank());
                }
            }
        }
        assertTrue(keys > 0, "no key.json written");
        return checked;
    }

    private static void check(JsonNode analysis, String kind, JsonNode ev, String file) {
        String type = ev.path("type").asText();
        String pointer = ev.path("pointer").asText();
        JsonNode node = analysis.at(pointer);
        String where = file + " " + pointer;
        assertFalse(node.isMissingNode(), where + ": no such entry in analysis.json");
        String sort = type.equals("finding") ? "finding:" + ev.path("extractor").asText() : type;
        assertTrue(ALLOWED.get(kind).contains(sort), where + ": " + kind + " may not cite " + sort);
        switch (type) {
            case "finding" -> {
                JsonNode article = article(analysis, pointer);
                assertEquals(ev.path("article").asText(), article.path("id").asText(), where);
                for (String field : List.of("extractor", "category", "start", "end", "text", "voice", "rule")) {
                    assertEquals(ev.path(field), node.path(field), where + ": " + field);
                }
                // the same finding, looked up by article id, offsets and rule alone
                boolean found = false;
                for (JsonNode a : analysis.path("articles")) {
                    if (a.path("id").asText().equals(ev.path("article").asText())) {
                        for (JsonNode f : a.path("findings")) {
                            found |= f.path("start").equals(ev.path("start")) && f.path("end").equals(ev.path("end"))
                                    && f.path("rule").equals(ev.path("rule"));
                        }
                    }
                }
                assertTrue(found, where + ": no finding with these offsets and rule");
            }
            case "metric" -> {
                assertEquals(ev.path("article").asText(), article(analysis, pointer).path("id").asText(), where);
                assertTrue(pointer.endsWith("/metrics/" + ev.path("metric").asText()), where);
                assertEquals(ev.path("value").asDouble(), node.asDouble(), 1e-9, where);
            }
            case "reuse" -> {
                assertEquals(ev.path("entry"), node, where + ": entry differs from analysis.json");
                String passage = pointer.substring(0, pointer.indexOf("/pairs/"));
                assertEquals(ev.path("article").asText(), analysis.at(passage + "/a").asText(), where);
                assertEquals(ev.path("other").asText(), analysis.at(passage + "/b").asText(), where);
            }
            case "coverage" -> {
                assertEquals(ev.path("entry"), node, where + ": entry differs from analysis.json");
                String row = pointer.substring(0, pointer.indexOf("/cells/"));
                assertEquals(ev.path("row").asText(), analysis.at(row + "/id").asText(), where);
                assertTrue(pointer.endsWith("/cells/" + ev.path("article").asText().replace("~", "~0").replace("/", "~1")));
            }
            case "omission" -> assertEquals(ev.path("row").asText(), node.asText(), where);
            default -> fail(where + ": unknown evidence type " + type);
        }
    }

    private static JsonNode article(JsonNode analysis, String pointer) {
        String[] parts = pointer.split("/");
        return analysis.at("/articles/" + parts[2]);
    }

    static JsonNode read(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
