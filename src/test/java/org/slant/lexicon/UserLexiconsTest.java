package org.slant.lexicon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same user lexicon files asked for twice are read and compiled once; a changed file is read again; the
 * caches belong to the store that holds them.
 */
class UserLexiconsTest {

    @TempDir
    Path tmp;

    private static String lexicon(String phrase) {
        return """
                id: house/style
                version: 1.0.0
                kind: terminology
                description: House style words.
                provenance: Written for this test.
                entries:
                  - id: house.word
                    category: label
                    phrase: %s
                    weight: 2
                    rationale: The house style avoids it.
                    examples: {match: ["a %s"], no_match: ["a tiger"]}
                """.formatted(phrase, phrase);
    }

    @Test
    void theSameFilesGiveTheSameLexiconsAndAChangedFileIsReadAgain() throws Exception {
        Path f = tmp.resolve("house.yaml");
        Files.writeString(f, lexicon("paper tiger"));
        LexiconStore store = new LexiconStore();
        Lexicons a = store.withUserFiles(List.of(f));
        assertSame(a, store.withUserFiles(List.of(f)));
        Files.writeString(f, lexicon("toothless paper tiger"));
        Lexicons b = store.withUserFiles(List.of(f));
        assertNotSame(a, b);
        assertEquals(a.files().size(), b.files().size());
    }

    @Test
    void eachStoreOwnsItsCaches() throws Exception {
        Path f = tmp.resolve("house.yaml");
        Files.writeString(f, lexicon("paper tiger"));
        LexiconStore one = new LexiconStore();
        LexiconStore two = new LexiconStore();
        assertSame(one.standard(), one.standard());
        assertNotSame(one.standard(), two.standard());
        assertNotSame(one.withUserFiles(List.of(f)), two.withUserFiles(List.of(f)));
        assertSame(one.standard(), one.withUserFiles(List.of()));
        assertTrue(one.builtIn().size() > 5, "the built-in lexicons are found");
        assertEquals(one.builtIn().size(), two.builtIn().size());
        assertEquals(one.builtIn().size() + 1, one.withUserFiles(List.of(f)).files().size());
    }
}
