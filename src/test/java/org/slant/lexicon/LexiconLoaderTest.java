package org.slant.lexicon;

import org.junit.jupiter.api.Test;
import org.slant.config.ConfigException;
import org.slant.ingest.OutletKind;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Bad lexicons get one clear error with file:line:column. */
class LexiconLoaderTest {

    private static final String HEAD = "id: t\nversion: 1\nkind: outlets\ndescription: d\nprovenance: p\nentries:\n";
    private static final String ENTRY = "  - id: outlet.x\n    name: X News\n    outlet_kind: news website\n"
            + "    rationale: r\n    examples: {match: [\"told X News.\"], no_match: [\"x news\"]}\n";

    private static String error(String text) {
        ConfigException e = assertThrows(ConfigException.class,
                () -> new OutletKind().compile(List.of(LexiconLoader.parse("t.yaml", text))));
        return e.getMessage();
    }

    @Test
    void duplicateEntry() {
        assertEquals("t.yaml:12:5: duplicate entry id 'outlet.x' (first at line 7)", error(HEAD + ENTRY + ENTRY));
    }

    @Test
    void missingRationale() {
        assertEquals("t.yaml:7:5: entry 'outlet.x' has no rationale", error(HEAD + ENTRY.replace("    rationale: r\n", "")));
    }

    @Test
    void missingExamplesThatMustNotMatch() {
        assertEquals("t.yaml:11:15: entry 'outlet.x' needs at least one example that must not match",
                error(HEAD + ENTRY.replace(", no_match: [\"x news\"]", "")));
    }

    @Test
    void malformedFile() {
        String m = error(HEAD + "  - id: [unclosed\n");
        assertEquals("t.yaml:8:", m.substring(0, 9), m);
    }

    @Test
    void unknownHeaderKey() {
        assertEquals("t.yaml:6:10: unknown key 'versoin' (allowed: actors, categories, conventions, defaults, description, "
                + "entries, id, kind, license, notes, provenance, scopes, sets, version)",
                error(HEAD.replace("entries:\n", "versoin: 2\nentries:\n") + ENTRY));
    }

    @Test
    void emptyPhrase() {
        String text = "id: t\nversion: 1\nkind: k\ndescription: d\nprovenance: p\nentries:\n"
                + "  - id: e\n    phrase: \"  \"\n    rationale: r\n    examples: {match: [a], no_match: [b]}\n";
        LexiconFile f = LexiconLoader.parse("t.yaml", text);
        ConfigException e = assertThrows(ConfigException.class, () -> PhraseSpec.read(f.entries().get(0).node()));
        assertEquals("t.yaml:8:13: empty phrase", e.getMessage());
    }

    @Test
    void unknownInflectionRule() {
        String text = "id: t\nversion: 1\nkind: k\ndescription: d\nprovenance: p\nentries:\n"
                + "  - id: e\n    phrase: regime\n    inflect: plural\n    rationale: r\n"
                + "    examples: {match: [a], no_match: [b]}\n";
        LexiconFile f = LexiconLoader.parse("t.yaml", text);
        ConfigException e = assertThrows(ConfigException.class, () -> PhraseSpec.read(f.entries().get(0).node()));
        assertEquals("t.yaml:9:14: unknown inflect 'plural' (allowed: adj, none, noun, verb)", e.getMessage());
    }
}
