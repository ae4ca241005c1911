package org.slant.check;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.slant.Slant;
import org.slant.testing.FuzzProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzz targets for the policy (YAML and JSON) and the baseline. Replayed from the committed inputs in
 * {@code CheckConfigFuzzTestInputs/<target>/} in every test run; {@code JAZZER_FUZZ=1} fuzzes.
 */
class CheckConfigFuzzTest {

    /** What the built-in pipeline declares, made once. */
    private static final class Names {
        static final Vocabulary VOCABULARY = Vocabulary.of(org.slant.Slant.pipeline(
                org.slant.Slant.lexicons().standard()), org.slant.Slant.lexicons().standard());
    }

    @FuzzTest(maxDuration = "60s")
    void policy(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        String name = text.startsWith("{") ? "policy.json" : "policy.yaml";
        FuzzProperty.config(name, () -> {
            PolicyReader r = PolicyReader.parse(name, text, null);
            if (r.lexicons().isEmpty()) { // names are checked against the built-in pipeline's declarations
                r.resolve(Names.VOCABULARY);
            }
        });
    }

    @FuzzTest(maxDuration = "60s")
    void baseline(byte[] data) throws IOException {
        Path p = Files.createTempFile("slant-fuzz", ".json");
        try {
            Files.write(p, data);
            String name = p.toString().replace('\\', '/');
            FuzzProperty.config(name, () -> Baseline.read(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Files.deleteIfExists(p);
        }
    }
}
