package org.slant.extract.terminology;

import org.junit.jupiter.api.Test;
import org.slant.config.ConfigException;
import org.slant.model.Finding;
import org.slant.model.TermAttrs;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TerminologyCompilerTest {

    private static final String HEAD = "id: t\nversion: 1.0.0\nkind: terminology\ndescription: d\nprovenance: p\n";

    private static String entry(String fields) {
        return "  - id: t.one\n" + fields + "    rationale: r\n    examples: {match: [a], no_match: [b]}\n";
    }

    private static String error(String yaml) {
        return assertThrows(ConfigException.class, () -> Terms.only("t.yaml", yaml)).getMessage();
    }

    @Test
    void kindSpecificFieldErrorsPointAtFileLineColumn() {
        assertTrue(error(HEAD + "entries:\n" + entry("    phrase: grim\n    category: spicy\n    weight: 1\n"))
                .startsWith("t.yaml:9:15: unknown category 'spicy' (allowed:"));
        assertTrue(error(HEAD + "entries:\n" + entry("    phrase: grim\n    category: loaded\n    weight: 4\n"))
                .startsWith("t.yaml:10:13: weight must be 1, 2 or 3"));
        assertTrue(error(HEAD + "entries:\n" + entry("    phrase: grim\n    category: loaded\n"))
                .startsWith("t.yaml:7:5: entry 't.one' has no weight"));
        assertTrue(error(HEAD + "entries:\n" + entry("    phrase: grim\n    category: loaded\n    weight: 1\n    colour: red\n"))
                .contains("unknown key 'colour'"));
        assertTrue(error(HEAD + "entries:\n" + entry("    phrase: grim\n    category: loaded\n    weight: 1\n    near: [two words]\n"))
                .contains("'near' takes single words"));
        assertTrue(error(HEAD + "entries:\n" + entry("    phrase: grim\n    category: loaded\n    weight: 1\n    set: x\n"))
                .contains("'set' belongs to contested_naming entries only"));
    }

    @Test
    void contestedNamesNeedADeclaredSetAndConvention() {
        String naming = "    phrase: Kyiv\n    category: contested_naming\n    weight: 1\n    set: capital\n"
                + "    variant: kyiv\n    convention: ukr\n";
        assertTrue(error(HEAD + "entries:\n" + entry(naming)).contains("unknown set 'capital'"));
        assertTrue(error(HEAD + "sets: {capital: The capital.}\nentries:\n" + entry(naming)).contains("unknown convention 'ukr'"));
        TerminologyLexicon ok = Terms.only("t.yaml", HEAD + "sets: {capital: The capital.}\nconventions: {ukr: Ukrainian-based.}\n"
                + "entries:\n" + entry(naming));
        assertEquals(List.of("kyiv"), ok.set("capital").variants());
        assertEquals("Ukrainian-based.", ok.convention("ukr"));
    }

    @Test
    void anActorListWritesAPhraseOnceForEverySide() {
        TerminologyLexicon lex = Terms.only("t.yaml", HEAD + "actors: {sides: [Northern, Southern]}\nentries:\n"
                + entry("    phrase: [\"{sides} goons\", thugs]\n    category: label\n    weight: 2\n"));
        assertEquals(List.of("Northern goons", "Southern goons", "thugs"), lex.entry("t.one").phrase().phrases());
        List<Finding> f = new TerminologyAnalyzer(lex, null)
                .analyze(Terms.content("Northern goons met Southern goons."), null).findings();
        assertEquals(2, Terms.rule(f, "t.one").size());
        assertTrue(error(HEAD + "entries:\n" + entry("    phrase: \"{sides} goons\"\n    category: label\n    weight: 2\n"))
                .contains("unknown actors list '{sides}'"));
        assertTrue(error(HEAD + "actors: {sides: []}\nentries:\n"
                + entry("    phrase: goons\n    category: label\n    weight: 2\n")).contains("actors list 'sides' is empty"));
    }

    @Test
    void theSamePhraseInTwoEntriesIsAnError() {
        String two = HEAD + "entries:\n" + entry("    phrase: grim\n    category: loaded\n    weight: 1\n")
                + "  - {id: t.two, phrase: [bleak, Grim], category: loaded, weight: 2, rationale: r, examples: {match: [a], no_match: [b]}}\n";
        String msg = error(two);
        assertTrue(msg.startsWith("t.yaml:13:"), msg);
        assertTrue(msg.contains("phrase 'Grim' of entry 't.two' duplicates entry 't.one' (t.yaml:7:5)"), msg);
    }

    @Test
    void defaultsFillCategoryWeightAndInflection() {
        TerminologyLexicon lex = Terms.only("t.yaml", HEAD + "defaults: {category: label, weight: 3, inflect: noun}\n"
                + "entries:\n  - {id: t.goon, phrase: goon, rationale: r, examples: {match: [a], no_match: [b]}}\n");
        TermEntry e = lex.entry("t.goon");
        assertEquals(Category.LABEL, e.category());
        assertEquals(3, e.weight());
        assertTrue(e.phrase().variants().contains(List.of("goons")));
    }

    @Test
    void aUserFileOverridesABuiltInEntryWithTheSameId() {
        TerminologyLexicon lex = Terms.withExtra("mine.yaml", HEAD + "entries:\n"
                + "  - {id: loaded.bizarre, phrase: bizarre, category: label, weight: 3, rationale: mine, "
                + "examples: {match: [bizarre], no_match: [odd]}}\n"
                + "  - {id: mine.grim, phrase: grim, category: loaded, weight: 1, rationale: mine, "
                + "examples: {match: [grim], no_match: [odd]}}\n");
        List<Finding> f = new TerminologyAnalyzer(lex, null).analyze(Terms.content("A bizarre and grim day."), null).findings();
        Finding b = Terms.rule(f, "loaded.bizarre").get(0);
        assertEquals("label", b.category());
        assertEquals(3.0, b.weight());
        assertEquals("mine", ((TermAttrs) b.attrs()).rationale());
        assertEquals(1, Terms.rule(f, "mine.grim").size());
        assertEquals(Terms.lexicon().size() + 1, lex.size());
    }

    @Test
    void onlyOneScareQuoteRule() {
        String two = HEAD + "entries:\n"
                + "  - {id: sq.a, category: scare_quote, weight: 2, rationale: r, examples: {match: [a], no_match: [b]}}\n"
                + "  - {id: sq.b, category: scare_quote, weight: 2, rationale: r, examples: {match: [a], no_match: [b]}}\n";
        assertTrue(error(two).contains("a second scare_quote entry 'sq.b'"));
        assertTrue(error(HEAD + "entries:\n  - {id: sq.a, category: scare_quote, weight: 2, max_words: 40, rationale: r, "
                + "examples: {match: [a], no_match: [b]}}\n").contains("max_words must be between 1 and 12"));
    }
}
