package org.slant.extract.attribution;

import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.model.ArticleMeta;
import org.slant.model.Attrs;
import org.slant.model.Content;
import org.slant.model.Finding;
import org.slant.text.BlockSplitter;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The extractor with the learned model switched on: the finding contract holds and the rule names the model. */
class ModelEngineTest {

    private static final AttributionExtractor MODEL =
            new AttributionExtractor(Slant.lexicons().standard(), AttributionExtractor.Engine.MODEL);

    private static List<Finding> findings(String text) {
        return MODEL.analyze(Content.of(text, BlockSplitter.split(text)), ArticleMeta.empty()).findings();
    }

    private static String part(String raw, Finding f, String key) {
        Attrs.Span span = Analyse.span(f, key);
        int start = span.start();
        int end = span.end();
        assertTrue(0 <= start && start <= end && end <= raw.length(), key + " offsets " + start + "-" + end);
        assertEquals(raw.substring(start, end), span.text(), key + " text matches its half-open offsets");
        return span.text();
    }

    @Test
    void aPlainReportingVerbGivesCueSourceAndContentWithTheModelAsRule() {
        String text = "The council met on Tuesday.\n\nMaria Lopez said the bridge would reopen in May.";
        Finding f = findings(text).stream().filter(x -> part(text, x, "cue").equals("said")).findFirst().orElseThrow();
        assertEquals("model.cue@5", f.rule());
        assertEquals("Maria Lopez", part(text, f, "source"));
        assertTrue(part(text, f, "content").contains("the bridge would reopen"), part(text, f, "content"));
        assertEquals(text.indexOf("Maria Lopez"), f.start(), "the finding spans source and cue");
        assertEquals(text.indexOf("said") + 4, f.end());
    }

    @Test
    void everyFindingKeepsTheContract() {
        String text = "\u201cWe will not pay for it,\u201d the governor told reporters on Monday.\n\n"
                + "The plan would cost $4 billion, according to the city's budget office.\n\n"
                + "Critics argued that the plan was rushed.";
        List<Finding> fs = findings(text);
        assertTrue(fs.size() >= 2, fs.toString());
        for (Finding f : fs) {
            assertTrue(f.rule().startsWith("model.cue@") || ((Attrs.Attribution) f.attrs()).nested(), f.rule());
            assertTrue(f.voice() != null && f.category() != null);
            part(text, f, "cue");
            part(text, f, "source");
            part(text, f, "content");
        }
    }

    @Test
    void noCueInsideALongQuotationAndWallsOfCuesStayWithinTheGuard() {
        StringBuilder b = new StringBuilder("\u201c");
        for (int i = 0; i < 10_000; i++) {
            b.append(i % 12 == 11 ? "said. " : "word ");
        }
        b.append("end,\u201d the minister said. Officials said nothing more.");
        String text = b.toString();
        int close = text.indexOf('\u201d');
        List<Finding> fs = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> findings(text));
        assertTrue(fs.stream().allMatch(f -> Analyse.span(f, "cue").start() > close),
                "the quoted words are the minister's, not cues: " + fs.size() + " findings");
        assertTrue(fs.stream().anyMatch(f -> part(text, f, "source").equals("Officials")), "the text after it is read as usual");
        StringBuilder cues = new StringBuilder();
        StringBuilder pronouns = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            cues.append("said told according to, ");
            pronouns.append("he said she said they said it said, ");
        }
        for (String wall : List.of(cues.toString(), pronouns.toString())) {
            List<Finding> w = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                    () -> findings(wall));
            w.forEach(f -> part(wall, f, "cue"));
        }
    }

    @Test
    void anUnknownEngineNameIsAnError() {
        String before = System.getProperty("slant.attribution.engine");
        System.setProperty("slant.attribution.engine", "neural");
        try {
            assertThrows(IllegalArgumentException.class, AttributionExtractor.Engine::configured);
        } finally {
            if (before == null) {
                System.clearProperty("slant.attribution.engine");
            } else {
                System.setProperty("slant.attribution.engine", before);
            }
        }
    }
}
