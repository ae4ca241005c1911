package org.slant.compare;

import org.junit.jupiter.api.Test;
import org.slant.text.Block;
import org.slant.model.Content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The alias table: names of one thing count as one term; capitalised forms match only as written. */
class AliasesTest {

    private static Map<String, Double> terms(String text, Aliases aliases) {
        return StoryTerms.of(Content.of(text, List.of(new Block(0, 0, text.length(), false))), aliases);
    }

    private static Map<String, Double> terms(String text) {
        return terms(text, Aliases.STANDARD);
    }

    @Test
    void formsOfOneNameCountAsOneTerm() {
        assertEquals(1.0, terms("ISIS fighters attacked.").get("=islamic_state"));
        assertEquals(1.0, terms("Islamic State fighters attacked.").get("=islamic_state"));
        assertEquals(1.0, terms("The Islamic State group said so.").get("=islamic_state"), "the longest form, once");
        assertFalse(terms("The Islamic State group said so.").containsKey("state"), "its words are not counted again");
        assertEquals(1.0, terms("Daesh lost the town.").get("=islamic_state"));
        assertEquals(1.0, terms("IS claimed the attack.").get("=islamic_state"));
        assertEquals(2.0, terms("Al-Qaeda and al Qaida are one group.").get("=al_qaeda"));
        assertEquals(2.0, terms("Troops left Kyiv; in Kiev they stayed.").get("=kyiv"));
    }

    @Test
    void capitalisedFormsMatchOnlyAsWritten() {
        assertFalse(terms("This is what it is.").containsKey("=islamic_state"));
        assertFalse(terms("Let us go, said the man who stayed.").containsKey("=united_states"));
        assertFalse(terms("Let us go, said the man who stayed.").containsKey("=who"));
        assertTrue(terms("US officials said the WHO had warned.").containsKey("=united_states"));
        assertTrue(terms("US officials said the WHO had warned.").containsKey("=who"));
        assertFalse(terms("They roasted a turkey.").containsKey("=turkiye"));
        assertTrue(terms("Talks in Turkey ended.").containsKey("=turkiye"));
    }

    @Test
    void aShoutedHeadlineIsNotAName() {
        assertFalse(terms("WHAT IS NEXT FOR THE TOWN").containsKey("=islamic_state"));
    }

    @Test
    void theTableBringsArticlesThatNameTheGroupDifferentlyCloser() throws Exception {
        String a = read("aliases/a-isis.txt");
        String b = read("aliases/b-islamic-state.txt");
        double with = cosine(terms(a, Aliases.STANDARD), terms(b, Aliases.STANDARD));
        double without = cosine(terms(a, Aliases.NONE), terms(b, Aliases.NONE));
        assertTrue(with > without, with + " <= " + without);
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double[][] s = Framing.sparseCosineMatrix(Stories.tfidf(List.of(a, b)));
        return s[0][1];
    }

    private static String read(String name) throws IOException {
        return Files.readString(StoriesTest.resource(name), StandardCharsets.UTF_8);
    }
}
