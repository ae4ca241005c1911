package org.slant.extract.boilerplate;

import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.config.ConfigException;
import org.slant.lexicon.LexiconLoader;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The boilerplate lexicon kind: what its files may say, and errors that point at file:line:column. */
class BoilerplateKindTest {

    private static BoilerplateRules compile(String yaml) {
        return new BoilerplateKind().compile(List.of(LexiconLoader.parse("test.yaml", yaml)));
    }

    private static final String HEAD = """
            id: test
            version: 1.0.0
            kind: boilerplate
            description: test
            provenance: test
            entries:
            """;

    @Test
    void aBadPatternIsALocatedError() {
        ConfigException e = assertThrows(ConfigException.class, () -> compile(HEAD + """
                  - id: promo.x
                    category: promo
                    pattern: '(unclosed'
                    rationale: r
                    examples: {match: [a], no_match: [b]}
                """));
        assertTrue(e.getMessage().startsWith("test.yaml:9:"), e.getMessage());
    }

    @Test
    void anUnknownCategoryOrFieldIsALocatedError() {
        ConfigException e = assertThrows(ConfigException.class, () -> compile(HEAD + """
                  - id: promo.x
                    category: advert
                    phrase: buy now
                    rationale: r
                    examples: {match: [a], no_match: [b]}
                """));
        assertTrue(e.getMessage().contains("unknown category 'advert'"), e.getMessage());
        e = assertThrows(ConfigException.class, () -> compile(HEAD + """
                  - id: promo.x
                    category: promo
                    phrase: buy now
                    max_word: 3
                    rationale: r
                    examples: {match: [a], no_match: [b]}
                """));
        assertTrue(e.getMessage().contains("unknown key 'max_word'"), e.getMessage());
    }

    @Test
    void anEntryMatchesOneWayOnly() {
        ConfigException e = assertThrows(ConfigException.class, () -> compile(HEAD + """
                  - id: promo.x
                    category: promo
                    phrase: buy now
                    pattern: 'buy'
                    rationale: r
                    examples: {match: [a], no_match: [b]}
                """));
        assertTrue(e.getMessage().contains("exactly one of"), e.getMessage());
    }

    @Test
    void aUserLexiconAddsARule() {
        BoilerplateRules r = compile(HEAD + """
                  - id: promo.house-ad
                    category: promo
                    phrase: visit our shop
                    at: start
                    rationale: the test site's shop link
                    examples: {match: [Visit our shop today], no_match: [We went to visit our shop]}
                """);
        BoilerplateKind k = new BoilerplateKind();
        assertEquals(Set.of("promo.house-ad"), k.fired(r, "Visit our shop for mugs and T-shirts"));
        assertEquals(Set.of(), k.fired(r, "They said they would visit our shop."));
    }

    @Test
    void theBuiltInRulesAreExplained() {
        BoilerplateKind k = new BoilerplateKind();
        String s = k.explain(Slant.lexicons().standard().compile(k), "legal.copyright");
        assertTrue(s.startsWith("legal.copyright (legal): "), s);
        assertTrue(s.contains("lexicons/boilerplate/legal.yaml:"), s);
    }

    @Test
    void patternsRunOnRe2j() {
        // the built-in rules do use patterns (so what follows is about rules that exist)
        assertTrue(Slant.lexicons().standard().compile(new BoilerplateKind()).rules().stream().anyMatch(r -> r.pattern() != null),
                "no built-in boilerplate rule has a pattern");
        // RE2/J, not java.util.regex: a backreference (which would need backtracking) is refused at load
        ConfigException e = assertThrows(ConfigException.class, () -> compile(HEAD + """
                  - id: promo.x
                    category: promo
                    pattern: '(a)\\1'
                    rationale: r
                    examples: {match: [aa], no_match: [b]}
                """));
        assertTrue(e.getMessage().startsWith("test.yaml:9:"), e.getMessage());
        assertTrue(e.getMessage().contains("bad pattern"), e.getMessage());
    }
}
