package org.slant.extract.terminology;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TerminologyMetricsTest {

    @Test
    void everyCategoryAndVoiceIsEmittedEvenWhenAbsent() {
        Map<String, Double> m = Terms.analyze("The ministers met in Paris on Wednesday.").metrics();
        for (Category c : Category.findingCategories()) {
            for (String v : new String[]{"narrator", "quoted"}) {
                assertEquals(0.0, m.get(c.id() + "." + v + ".count"), c + " " + v);
                assertEquals(0.0, m.get(c.id() + "." + v + ".per1k"), c + " " + v);
            }
        }
        for (NamingSet s : Terms.lexicon().sets()) {
            for (String variant : s.variants()) {
                assertEquals(0.0, m.get("naming." + s.id() + "." + variant + ".count"), s.id() + "." + variant);
            }
        }
        assertTrue(m.keySet().stream().allMatch(k -> k.matches("[a-z0-9_]+(\\.[a-z0-9_]+)+")), m.keySet().toString());
    }

    @Test
    void ratesArePerThousandContentWords() {
        // 10 words, two loaded words in the narrator's voice, one in a quotation
        String text = "The absurd plan was a fiasco, he said: “bizarre”.";
        Map<String, Double> m = Terms.analyze(text).metrics();
        assertEquals(2.0, m.get("loaded.narrator.count"));
        assertEquals(1.0, m.get("loaded.quoted.count"));
        int words = Terms.content(text).words();
        assertEquals(2000.0 / words, m.get("loaded.narrator.per1k"), 1e-9);
        assertEquals(1000.0 / words, m.get("loaded.quoted.per1k"), 1e-9);
    }

    @Test
    void namingCountsTheOutletsOwnVariantOnly() {
        Map<String, Double> m = Terms.analyze("Officials in Kyiv met. “Kiev will never fall,” the envoy said. "
                + "Kyiv’s mayor agreed.").metrics();
        assertEquals(2.0, m.get("naming.kyiv_kiev.kyiv.count"));
        assertEquals(0.0, m.get("naming.kyiv_kiev.kiev.count"), "the quoted Kiev is the speaker's choice");
        assertEquals(2.0, m.get("contested_naming.narrator.count"));
        assertEquals(1.0, m.get("contested_naming.quoted.count"));
    }
}
