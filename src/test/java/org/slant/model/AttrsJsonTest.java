package org.slant.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.slant.report.json.AnalysisJson;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The typed attributes write the same JSON as the sorted map schema v1 was written from before they were typed:
 * the same keys in the same order, null where the map held null, nothing where the map had no key. The maps
 * below are built the way the extractors built them then.
 */
class AttrsJsonTest {

    private static final ObjectMapper JSON = AnalysisJson.mapper();

    private static void assertSameJson(Map<String, Object> legacy, Attrs typed) throws Exception {
        String expected = JSON.writeValueAsString(new TreeMap<>(legacy));
        assertEquals(expected, JSON.writeValueAsString(typed));
        Finding f = new Finding("x", "y", 0, 1, "a", Voice.NARRATOR, "r", 1, typed);
        assertEquals(expected, JSON.valueToTree(f).get("attrs").toString(), "inside a finding");
    }

    private static Map<String, Object> span(int s, int e, String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", s);
        m.put("end", e);
        m.put("text", text);
        return m;
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void attributionWithEveryFieldAndWithTheOptionalOnesAbsent() throws Exception {
        Map<String, Object> full = map("source", span(0, 5, "Peter"), "cue", span(6, 10, "said"),
                "content", span(12, 20, "it is so"), "content_more", List.of(span(30, 34, "more")),
                "speaker", "Peter Smith", "role", "minister", "affiliation", "uk", "stance", "neutral", "direct", true,
                "pattern", "quote-first", "resolution", "phrase", "nested", false, "medium", "BBC");
        assertSameJson(full, new Attrs.Attribution(new Attrs.Span(0, 5, "Peter"), new Attrs.Span(6, 10, "said"),
                new Attrs.Span(12, 20, "it is so"), List.of(new Attrs.Span(30, 34, "more")), "Peter Smith",
                "minister", "uk", "neutral", true, "quote-first", "phrase", false, "BBC"));
        // speaker, affiliation, stance, pattern and resolution were always put, null or not
        Map<String, Object> bare = map("source", span(0, 0, ""), "cue", span(6, 10, "said"),
                "content", span(12, 20, "it is so"), "speaker", null, "affiliation", null, "stance", null,
                "direct", false, "pattern", null, "resolution", null, "nested", true);
        assertSameJson(bare, new Attrs.Attribution(new Attrs.Span(0, 0, ""), new Attrs.Span(6, 10, "said"),
                new Attrs.Span(12, 20, "it is so"), List.of(), null, null, null, null, false, null, null, true, null));
    }

    @Test
    void termsWithTheirSpeakerFieldsPresentOrAbsent() throws Exception {
        assertSameJson(map("rationale", "why"), new TermAttrs.Entry("why", TermAttrs.Who.NONE));
        assertSameJson(map("rationale", null), new TermAttrs.Entry(null, TermAttrs.Who.NONE));
        assertSameJson(map("rationale", "why", "speaker", "Anna", "affiliation", "north"),
                new TermAttrs.Entry("why", new TermAttrs.Who("Anna", null, "north")));
        assertSameJson(map("rationale", "why", "set", "kyiv_kiev", "variant", "Kyiv", "convention", "ua",
                        "paraphrase_of", "unknown"),
                new TermAttrs.Naming("why", "kyiv_kiev", "Kyiv", "ua", new TermAttrs.Who(null, "unknown", null)));
        assertSameJson(map("rationale", "why", "phrase", "peace", "paraphrase_of", "Anna", "affiliation", "north"),
                new TermAttrs.ScareQuote("why", "peace", new TermAttrs.Who(null, "Anna", "north")));
        for (double p : new double[]{0.87, 1.0, 0.5, 0.0}) {
            assertSameJson(map("rationale", "learned", "probability", Math.round(p * 100) / 100.0,
                            "features", "word=grobblers +6.00; shape=Xx +1.20"),
                    new TermAttrs.Learned("learned", Math.round(p * 100) / 100.0, "word=grobblers +6.00; shape=Xx +1.20",
                            TermAttrs.Who.NONE));
        }
    }

    @Test
    void boilerplateAndNone() throws Exception {
        List<String> reasons = new ArrayList<>(Arrays.asList("promo.subscribe", "position"));
        assertSameJson(map("block", 3, "reasons", reasons), new Attrs.Boilerplate(3, reasons));
        assertSameJson(map(), Attrs.NONE);
        assertEquals(Attrs.NONE, new Finding("x", "y", 0, 0, "", Voice.NONE, "r", 1, null).attrs(),
                "a finding built without attributes has none, written as {}");
    }
}
