package org.slant.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden files: one folder per case under {@code src/test/resources/golden/}. Regenerate them all with
 * {@code ./mvnw -q verify -Dgolden.update=true}, then review the diff before committing.
 */
public final class Golden {

    private Golden() {
    }

    public static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }

    public static Path dir(String testCase) {
        return Project.dir().resolve("src/test/resources/golden").resolve(testCase);
    }

    /** Compares text with the golden file, or writes it when regenerating. */
    public static void assertMatches(String testCase, String fileName, String actual) {
        Path p = dir(testCase).resolve(fileName);
        try {
            if (updating()) {
                Files.createDirectories(p.getParent());
                Files.writeString(p, actual, StandardCharsets.UTF_8);
                return;
            }
            assertTrue(Files.exists(p), "golden file " + p + " is missing; run with -Dgolden.update=true");
            String expected = Files.readString(p, StandardCharsets.UTF_8);
            assertEquals(expected, actual, "differs from golden file " + p
                    + " (regenerate with -Dgolden.update=true and review the diff)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
