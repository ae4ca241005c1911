package org.slant.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.Slant;
import org.slant.config.ConfigException;
import org.slant.model.Analysis;
import org.slant.model.ArticleResult;
import org.slant.model.OutletSource;
import org.slant.testing.Project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManifestTest {

    @TempDir
    Path dir;

    @Test
    void seedManifestGivesEveryOutlet() {
        Analysis a = Slant.analyzeAll(List.of(Project.seeds().toString()), Slant.Options.defaults());
        assertEquals(5, a.articles().size());
        assertTrue(a.errors().isEmpty(), () -> a.errors().toString());
        assertEquals(List.of("The Telegraph", "AFP", "The Moscow Times", "RT", "Global Research"),
                a.articles().stream().map(r -> r.article().meta().outlet()).toList());
        for (ArticleResult r : a.articles()) {
            assertEquals(OutletSource.MANIFEST, r.article().meta().outletSource());
            assertTrue(r.article().meta().outletKind() != null);
            assertTrue(r.article().meta().date() != null);
        }
    }

    @Test
    void unknownKeyIsAnErrorWithLineAndColumn() throws IOException {
        Path m = dir.resolve("manifest.yaml");
        Files.writeString(m, "articles:\n  - id: a\n    outlett: AFP\n");
        ConfigException e = assertThrows(ConfigException.class, () -> Manifest.read(m, "manifest.yaml"));
        assertTrue(e.getMessage().startsWith("manifest.yaml:3:14: unknown key 'outlett'"), e.getMessage());
    }

    @Test
    void malformedJsonManifestPointsAtTheLine() throws IOException {
        Path m = dir.resolve("manifest.json");
        Files.writeString(m, "{\"articles\": [\n  {\"id\": \"a\",,}\n]}\n");
        ConfigException e = assertThrows(ConfigException.class, () -> Manifest.read(m, "manifest.json"));
        assertTrue(e.getMessage().startsWith("manifest.json:2:"), e.getMessage());
    }

    @Test
    void manifestInAFolderListsItsArticlesAndABrokenOneIsReported() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "The ministers met on Wednesday. They talked.");
        Files.writeString(dir.resolve("manifest.json"), "{\"articles\":[{\"file\":\"a.txt\",\"outlet\":\"X\"},"
                + "{\"file\":\"missing.txt\"}]}");
        Analysis a = Slant.analyzeAll(List.of(dir.toString()), Slant.Options.defaults());
        assertEquals("X", a.articles().get(0).article().meta().outlet());
        assertEquals(1, a.errors().size());
        assertTrue(a.errors().get(0).message().contains("not found"));
    }
}
