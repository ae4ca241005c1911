package org.slant.lexicon;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.slant.Slant;
import org.slant.extract.LexiconKinds;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one generic test of every lexicon entry of every kind: each "match" example must fire the entry and
 * each "no_match" example must not (LanguageTool's approach: rules carry their own examples).
 */
class LexiconExamplesTest {

    @Test
    void everyBuiltInLexiconHasAKnownKind() {
        List<LexiconFile> files = Slant.lexicons().builtIn();
        assertFalse(files.isEmpty(), "no built-in lexicons found");
        for (LexiconFile f : files) {
            assertNotNull(LexiconKinds.byName(f.kind(), Slant.lexicons()), f.file() + ": unknown kind '" + f.kind() + "'");
        }
    }

    @TestFactory
    List<DynamicTest> everyExampleOfEveryEntry() {
        List<DynamicTest> tests = new ArrayList<>();
        for (LexiconKind<?> kind : LexiconKinds.all(Slant.lexicons())) {
            addKind(kind, tests);
        }
        return tests;
    }

    private static <C> void addKind(LexiconKind<C> kind, List<DynamicTest> tests) {
        Lexicons lex = Slant.lexicons().standard();
        C compiled = lex.compile(kind);
        for (LexiconFile f : lex.ofKind(kind.kind())) {
            for (LexiconEntry e : f.entries()) {
                tests.add(DynamicTest.dynamicTest(kind.kind() + " " + e.id(), () -> {
                    for (String ex : e.mustMatch()) {
                        Set<String> fired = kind.fired(compiled, ex);
                        assertTrue(fired.contains(e.id()), e.location() + ": '" + e.id() + "' should match: " + ex
                                + " (fired: " + fired + ")");
                    }
                    for (String ex : e.mustNotMatch()) {
                        Set<String> fired = kind.fired(compiled, ex);
                        assertFalse(fired.contains(e.id()), e.location() + ": '" + e.id() + "' should not match: " + ex);
                    }
                }));
            }
        }
    }
}
