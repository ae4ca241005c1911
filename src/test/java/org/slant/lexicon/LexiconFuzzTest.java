package org.slant.lexicon;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.slant.Slant;
import org.slant.extract.LexiconKinds;
import org.slant.testing.FuzzProperty;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzz target for user lexicon files: parsed, then compiled by their kind (patterns included). Replayed
 * from {@code LexiconFuzzTestInputs/lexicon/} in every test run; {@code JAZZER_FUZZ=1} fuzzes.
 */
class LexiconFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void lexicon(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        FuzzProperty.config("fuzz.yaml", () -> {
            LexiconFile f = LexiconLoader.parse("fuzz.yaml", text);
            LexiconKind<?> kind = LexiconKinds.byName(f.kind(), Slant.lexicons());
            if (kind != null) {
                kind.compile(List.of(f));
            }
        });
    }
}
