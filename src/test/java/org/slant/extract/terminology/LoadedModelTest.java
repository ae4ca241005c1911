package org.slant.extract.terminology;

import org.junit.jupiter.api.Test;
import org.slant.model.Content;
import org.slant.model.Finding;
import org.slant.model.TermAttrs;
import org.slant.model.Voice;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The loaded-language model: its file, its spans, and its findings beside the lexicon's. */
class LoadedModelTest {

    /**
     * A hand-made model over word features only, on made-up words no lexicon has: "grobblers" a label,
     * "blatherous" loaded, "wibbly" weakly loaded; and "regime", which the lexicon has.
     */
    static LoadedModel handMade() {
        List<Map<String, float[]>> features = new ArrayList<>();
        for (int t = 0; t < LoadedFeatures.Template.values().length; t++) {
            features.add(new HashMap<>());
        }
        Map<String, float[]> words = features.get(LoadedFeatures.Template.WORD.ordinal());
        words.put("grobblers", new float[]{0f, 6f});
        words.put("blatherous", new float[]{6f, 0f});
        words.put("wibbly", new float[]{3.6f, 0f});
        words.put("regime", new float[]{0f, 6f});
        features.get(LoadedFeatures.Template.LEFT2.ordinal()).put("zorbs", new float[]{6f, 0f});
        return new LoadedModel("t", 0.5, 0.3, true, new float[]{-4f, -4f}, List.of("a test model"), features);
    }

    private static List<Finding> findings(String text) {
        return new TerminologyAnalyzer(Terms.lexicon(), handMade()).analyze(Terms.content(text), null).findings();
    }

    private static List<Finding> model(List<Finding> fs) {
        return fs.stream().filter(f -> f.rule().equals("model.loaded@t")).toList();
    }

    @Test
    void fileRoundTripsByteForByte() throws IOException {
        String text = handMade().write();
        LoadedModel back = LoadedModel.read(new StringReader(text));
        assertEquals(text, back.write());
        assertTrue(text.startsWith("# a test model\nversion\tt\nthreshold\t0.5000\nextend\t0.3000\nseed\town\nbias\t-4.0000\t-4.0000\n"), text);
        assertTrue(text.contains("word=grobblers\t0.0000\t6.0000\n"), text);
    }

    @Test
    void aBrokenFileSaysWhichLine() {
        IOException e = assertThrows(IOException.class, () -> LoadedModel.read(new StringReader("version\t1\nnonsense\n")));
        assertEquals("loaded-language model, line 2: cannot read 'nonsense'", e.getMessage());
    }

    @Test
    void probabilitiesFollowTheWeights() {
        Content c = Terms.content("They are grobblers.");
        LoadedFeatures f = new LoadedFeatures(c, new byte[c.tokens().size()]);
        double[] p = handMade().probabilities(f, 2);
        double z = Math.exp(-4) + Math.exp(2) + 1;
        assertEquals(Math.exp(-4) / z, p[0], 1e-9);
        assertEquals(Math.exp(2) / z, p[1], 1e-9);
    }

    @Test
    void findingsCarryOffsetsCategoryVoiceRuleAndReasons() {
        String text = "The mayor said the men were grobblers. Critics called the plan \u201cblatherous\u201d.";
        List<Finding> fs = model(findings(text));
        assertEquals(2, fs.size(), fs.toString());
        Finding label = fs.get(0);
        assertEquals("grobblers", label.text());
        assertEquals(text.indexOf("grobblers"), label.start());
        assertEquals(text.indexOf("grobblers") + 9, label.end());
        assertEquals(Category.LABEL.id(), label.category());
        assertEquals(Voice.NARRATOR, label.voice());
        assertEquals("word=grobblers +6.00", ((TermAttrs.Learned) label.attrs()).features());
        Finding loaded = fs.get(1);
        assertEquals("blatherous", loaded.text());
        assertEquals(Category.LOADED.id(), loaded.category());
        assertEquals(Voice.QUOTED, loaded.voice());
        assertNotNull(((TermAttrs) loaded.attrs()).rationale());
    }

    @Test
    void aWeakWordJoinsAStrongNeighbourButNeverStandsAlone() {
        List<Finding> fs = model(findings("It was wibbly blatherous. It was wibbly fine."));
        assertEquals(List.of("wibbly blatherous"), fs.stream().map(Finding::text).toList());
    }

    @Test
    void neighboursAloneNeverStartASpan() {
        // "plain" two words after "zorbs" scores high, but from its neighbour alone
        Content c = Terms.content("Zorbs and plain people.");
        LoadedFeatures f = new LoadedFeatures(c, new byte[c.tokens().size()]);
        assertTrue(handMade().probabilities(f, 2)[0] > 0.5);
        assertTrue(model(findings("Zorbs and plain people.")).isEmpty());
        LoadedModel any = handMade().with(0.5, 0.3, false, List.of());
        List<Finding> fs = new TerminologyAnalyzer(Terms.lexicon(), any).analyze(c, null).findings();
        assertEquals(List.of("plain"), model(fs).stream().map(Finding::text).toList());
    }

    @Test
    void aSpanNeitherBeginsNorEndsOnAFunctionWord() {
        // with a low extension threshold every word here is likely enough to join; the grammar words at the
        // ends are trimmed, a content word ("ones") stays
        LoadedModel low = handMade().with(0.5, 0.02, true, List.of());
        Content c = Terms.content("They were the blatherous ones.");
        List<Finding> fs = new TerminologyAnalyzer(Terms.lexicon(), low).analyze(c, null).findings();
        assertEquals(List.of("blatherous ones"), model(fs).stream().map(Finding::text).toList());
    }

    @Test
    void aWordAnotherLayerMarkedMayJoinTheSpan() {
        // "utterly" is the lexicon's intensifier: the intensifier finding stays and the model's loaded
        // phrase covers it too
        LoadedModel low = handMade().with(0.5, 0.02, true, List.of());
        List<Finding> all = new TerminologyAnalyzer(Terms.lexicon(), low)
                .analyze(Terms.content("It was utterly wibbly blatherous."), null).findings();
        assertEquals(List.of("utterly wibbly blatherous"), model(all).stream().map(Finding::text).toList());
        assertFalse(all.stream().filter(f -> f.text().equals("utterly") && f.category().equals(Category.INTENSIFIER.id()))
                .toList().isEmpty(), all.toString());
        // but a span of the marked word alone would repeat the intensifier finding: none
        List<Finding> alone = new TerminologyAnalyzer(Terms.lexicon(), handMadeWithUtterly())
                .analyze(Terms.content("It was utterly fine."), null).findings();
        assertTrue(model(alone).isEmpty(), alone.toString());
    }

    /** The hand-made model with "utterly" as a strongly loaded word of its own. */
    private static LoadedModel handMadeWithUtterly() {
        LoadedModel m = handMade();
        List<Map<String, float[]>> features = new ArrayList<>();
        for (Map<String, float[]> f : m.features()) {
            features.add(new HashMap<>(f));
        }
        features.get(LoadedFeatures.Template.WORD.ordinal()).put("utterly", new float[]{6f, 0f});
        return new LoadedModel("t", 0.5, 0.3, false, m.bias(), m.header(), features);
    }

    @Test
    void theLexiconFindingStandsWhereBothFire() {
        List<Finding> all = findings("The regime fell.");
        assertTrue(model(all).isEmpty(), all.toString());
        assertFalse(all.stream().filter(f -> f.text().equals("regime")).toList().isEmpty(), all.toString());
    }

    @Test
    void findingsAreTheSameEveryRun() {
        String text = "Grobblers and wibbly blatherous grobblers, the regime said.";
        assertEquals(findings(text), findings(text));
    }

    @Test
    void weightsAreReadAsParseFloatReadsThem() {
        java.util.Random random = new java.util.Random(17);
        for (int k = 0; k < 200_000; k++) {
            double v = (random.nextDouble() - 0.5) * (k % 3 == 0 ? 2_000 : 20);
            String s = LoadedModel.number(v);
            assertEquals(Float.floatToIntBits(Float.parseFloat(s)), Float.floatToIntBits(LoadedModel.weight(s)), s);
        }
        for (String s : List.of("0.0000", "-0.0000", "999.9999", "-999.9999", "1000.0001", "12345.6789", "1e-3",
                "0.5", "-.5000", "NaN", "7")) {
            assertEquals(Float.floatToIntBits(Float.parseFloat(s)), Float.floatToIntBits(LoadedModel.weight(s)), s);
        }
    }

    @Test
    void theFastScorerGivesWhatTheFeaturesGive() {
        LoadedModel m = LoadedModel.shipped();
        String text = "The radical left mob \u201cdestroyed\u201d everything, said the so-called expert. THE END of a sham-trial"
                + " to Biden-backed far-right Russia's aid; Ukrainians left the right-wing rally";
        Content c = Terms.content(text);
        byte[] marks = LoadedFeatures.marks(Terms.lexicon(), c);
        float[] fast = new LoadedScorer(m).scores(c, marks);
        LoadedFeatures f = new LoadedFeatures(c, marks);
        int words = 0;
        for (int i = 0; i < c.tokens().size(); i++) {
            if (f.classifies(i)) {
                double[] slow = m.scores(f, i);
                assertEquals(slow[0], fast[2 * i], 1e-4, c.tokens().get(i).norm());
                assertEquals(slow[1], fast[2 * i + 1], 1e-4, c.tokens().get(i).norm());
                words++;
            }
        }
        assertEquals(31, words);
    }

    @Test
    void tokensWithoutFormIdsScoreTheSame() {
        // once Forms is full, new forms have no id: the scorer then reads their rows by string
        LoadedModel m = LoadedModel.shipped();
        Content c = Terms.content("The radical left mob \u201cdestroyed\u201d everything, said a grobbling far-right expert.");
        byte[] marks = LoadedFeatures.marks(Terms.lexicon(), c);
        List<org.slant.text.Token> none = c.tokens().stream()
                .map(t -> new org.slant.text.Token(t.start(), t.end(), t.type(), t.norm(), t.glued(), -1)).toList();
        Content without = new Content(c.raw(), c.text(), c.map(), c.blocks(), none, c.sentences(), c.quotes(),
                c.quoteIndex());
        LoadedScorer scorer = new LoadedScorer(m);
        assertArrayEquals(scorer.scores(c, marks), scorer.scores(without, marks));
        assertArrayEquals(new LoadedScorer(m).scores(without, marks), scorer.scores(c, marks));
    }

    @Test
    void theShippedModelLoadsAndHasProvenance() {
        LoadedModel m = LoadedModel.shipped();
        assertNotNull(m, "the jar ships " + LoadedModel.RESOURCE);
        assertEquals("model.loaded@4", m.rule());
        assertTrue(String.join("\n", m.header()).contains("commit 84c384d"), m.header().toString());
        assertTrue(String.join("\n", m.header()).contains("report 8-9"), m.header().toString());
        assertTrue(m.threshold() > 0 && m.threshold() < 1);
    }

    @Test
    void theShippedModelWeighsNoSideWordOfItsOwn() {
        // by construction: training sees every side word as <side>, so no such word can have a weight
        LoadedModel m = LoadedModel.shipped();
        List<String> own = new ArrayList<>();
        for (LoadedFeatures.Template t : LoadedFeatures.Template.values()) {
            m.features().get(t.ordinal()).keySet().stream().filter(SideWords::blinds).forEach(k -> own.add(t.id() + "=" + k));
        }
        assertEquals(List.of(), own);
        for (String key : SideWords.KEYS) {
            assertNotNull(m.features().get(LoadedFeatures.Template.WORD.ordinal()).get(key), key + " is a feature");
        }
    }
}
