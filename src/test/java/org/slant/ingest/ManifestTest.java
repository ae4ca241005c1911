package org.slant.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slant.Slant;
import org.slant.batch.RunOptions;
import org.slant.compare.Analysis;
import org.slant.config.ConfigException;
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
        Analysis a = Slant.analyzeAll(List.of(Project.seeds().toString()), RunOptions.defaults());
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
        Analysis a = Slant.analyzeAll(List.of(dir.toString()), RunOptions.defaults());
        assertEquals("X", a.articles().get(0).article().meta().outlet());
        assertEquals(1, a.errors().size());
        assertTrue(a.errors().get(0).message().contains("not found"));
    }

    /** Each bad manifest: exit 2, one line file:line:column, and the other inputs are still analysed. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "manifest.json|{'articles': [{'file': 'a.txt', 'outlet': 'X'},]}|1:48|malformed JSON: a comma before ']' (JSON allows no trailing comma)",
            "manifest.json|{'articles': [{'file': 'a.txt', 'outlet': 'X',~ }]}|2:2|malformed JSON: a comma before '}'",
            "manifest.json|{'articles': [{'file': 'a.txt', 'outlet': 42}]}|1:43|expected text, found a number (put it in quotes)",
            "manifest.json|{'articles': [{'file': 'a.txt', 'outlet': {'name': 'X'}}]}|1:43|expected text, found a mapping",
            "manifest.json|{'articles': [{'file': 'a.txt', 'title': ['X']}]}|1:42|expected text, found a list",
            "manifest.json|{'articles': [{'file': 'a.txt', 'date': true}]}|1:41|expected text, found true/false",
            "manifest.json|{'articles': [{'file': 'a.txt', 'id': 7}]}|1:39|expected text, found a number",
            "manifest.json|[{'file': 'a.txt', 'outlet': 'X'}]|1:1|a manifest is a mapping with \"articles\"",
            "manifest.json|{'articles': [{'file': 'a.txt', 'outlet': 'X', 'outlet': 'Y'}]}|1:56|malformed JSON: Duplicate field 'outlet'",
            "manifest.json|{'articles': ['a.txt']}|1:15|an article is a mapping",
            "manifest.json|{'description': 3, 'articles': []}|1:17|expected text, found a number",
            "manifest.json|{'articles': {'file': 'a.txt'}}|1:14|expected a list",
            "manifest.yaml|articles:~  - file: a.txt~    outlet: 42~|3:13|expected text, found a number",
            "manifest.yaml|articles:~  - file: a.txt~    outlet: X~    outlet: Y~|4:5|duplicate key 'outlet'",
            "manifest.yaml|- file: a.txt~|1:1|a manifest is a mapping",
            "manifest.yaml|articles: &a~  description: *a~|1:11|an alias refers to the mapping or list that holds it"})
    void aBadManifestIsOneLineWithItsLocationAndTheRestIsAnalysed(String name, String text, String at, String message)
            throws IOException {
        Path folder = dir.resolve("set");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("a.txt"), "The ministers met on Wednesday. They talked.");
        Files.writeString(folder.resolve(name), text.replace('\'', '"').replace('~', '\n'));
        Path other = dir.resolve("other.txt");
        Files.writeString(other, "The talks went on until late on Thursday.");
        org.slant.testing.CliRun r = org.slant.testing.CliRun.run("analyze", "--quiet", folder.toString(), other.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        String shown = folder.toString().replace('\\', '/') + "/" + name;
        assertTrue(r.err().startsWith("slant: " + shown + ":" + at + ": " + message), r.err());
        assertTrue(r.out().contains("other"), r.out());
    }

    @Test
    void aPlainYamlDateIsText() throws IOException {
        Path m = dir.resolve("manifest.yaml");
        Files.writeString(m, "articles:\n  - file: a.txt\n    date: 2024-04-04\n    outlet: '42'\n");
        Manifest.Entry e = Manifest.read(m, "manifest.yaml").entries().get(0);
        assertEquals("2024-04-04", e.date());
        assertEquals("42", e.outlet());
    }
}
