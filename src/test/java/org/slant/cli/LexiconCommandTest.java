package org.slant.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.testing.CliRun;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code slant lexicon validate} and {@code explain}, including one test per kind of bad lexicon. */
class LexiconCommandTest {

    @TempDir
    Path tmp;

    private static final String HEAD = "id: mine\nversion: 1.0.0\nkind: terminology\ndescription: d\nprovenance: p\nentries:\n";

    private Path write(String name, String text) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private CliRun validate(String name, String text) throws Exception {
        return CliRun.run("lexicon", "validate", write(name, text).toString());
    }

    /** Exit 2 and exactly one error line, at the given file:line:column, saying what is wrong. */
    private void oneError(CliRun r, Path file, String lineCol, String says) {
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        String prefix = file.toString().replace('\\', '/') + ":" + lineCol + ": ";
        assertTrue(r.err().startsWith(prefix), r.err());
        assertTrue(r.err().contains(says), r.err());
        assertTrue(r.out().contains("1 error"), r.out());
    }

    @Test
    void theBuiltInLexiconsAreValid() {
        CliRun r = CliRun.run("lexicon", "validate");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("\\d+ files, \\d+ entries, \\d+ examples checked: ok\\s*"), r.out());
    }

    @Test
    void aGoodUserFileIsValid() throws Exception {
        CliRun r = validate("good.yaml", HEAD
                + "  - {id: mine.grim, phrase: grim, category: loaded, weight: 1, rationale: Gloomy judgement.,"
                + " examples: {match: [A grim outlook.], no_match: [A cautious outlook.]}}\n");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("1 files, 1 entries, 2 examples checked: ok"), r.out());
    }

    @Test
    void duplicateEntry() throws Exception {
        String e = "  - {id: mine.grim, phrase: grim, category: loaded, weight: 1, rationale: r, examples: {match: [grim], no_match: [odd]}}\n";
        oneError(validate("dup.yaml", HEAD + e + e), tmp.resolve("dup.yaml"), "8:5", "duplicate entry id 'mine.grim'");
    }

    @Test
    void unknownCategory() throws Exception {
        oneError(validate("cat.yaml", HEAD + "  - id: mine.grim\n    phrase: grim\n    category: gloomy\n    weight: 1\n"
                + "    rationale: r\n    examples: {match: [grim], no_match: [odd]}\n"), tmp.resolve("cat.yaml"), "9:15",
                "unknown category 'gloomy'");
    }

    @Test
    void missingRationale() throws Exception {
        oneError(validate("rat.yaml", HEAD + "  - id: mine.grim\n    phrase: grim\n    category: loaded\n    weight: 1\n"
                + "    examples: {match: [grim], no_match: [odd]}\n"), tmp.resolve("rat.yaml"), "7:5",
                "entry 'mine.grim' has no rationale");
    }

    @Test
    void emptyPhrase() throws Exception {
        oneError(validate("empty.yaml", HEAD + "  - id: mine.grim\n    phrase: \"  \"\n    category: loaded\n    weight: 1\n"
                + "    rationale: r\n    examples: {match: [grim], no_match: [odd]}\n"), tmp.resolve("empty.yaml"), "8:13",
                "empty phrase");
    }

    @Test
    void malformedFile() throws Exception {
        oneError(validate("bad.yaml", HEAD + "  - id: mine.grim\n    phrase: [grim\n    category: loaded\n"),
                tmp.resolve("bad.yaml"), "9:13", "malformed file");
    }

    @Test
    void badWeightAndFailingExamplesAreLocatedToo() throws Exception {
        oneError(validate("w.yaml", HEAD + "  - {id: mine.grim, phrase: grim, category: loaded, weight: 5, rationale: r,"
                + " examples: {match: [grim], no_match: [odd]}}\n"), tmp.resolve("w.yaml"), "7:61", "weight must be 1, 2 or 3");
        oneError(validate("ex.yaml", HEAD + "  - {id: mine.grim, phrase: grim, category: loaded, weight: 1, rationale: r,"
                + " examples: {match: [bleak], no_match: [odd]}}\n"), tmp.resolve("ex.yaml"), "7:5",
                "entry 'mine.grim' should match \"bleak\" but does not");
    }

    @Test
    void everyErrorOfEveryFileIsListedNotOnlyTheFirst() throws Exception {
        Path a = write("many.yaml", HEAD
                + "  - {id: mine.one, phrase: grim, category: loaded, weight: 1, examples: {match: [grim], no_match: [odd]}}\n"
                + "  - {id: mine.two, phrase: bleak, category: gloomy, weight: 1, rationale: r, examples: {match: [bleak], no_match: [odd]}}\n"
                + "  - {id: mine.three, phrase: dire, category: loaded, weight: 7, rationale: r, examples: {match: [dire], no_match: [odd]}}\n"
                + "  - {id: mine.four, phrase: stark, category: loaded, weight: 1, rationale: r, examples: {match: [stark], no_match: [odd]}}\n");
        Path b = write("other.yaml", HEAD
                + "  - {id: other.one, phrase: grim, category: loaded, weight: 1, rationale: r, examples: {match: [cheerful], no_match: [odd]}}\n");
        CliRun r = CliRun.run("lexicon", "validate", a.toString(), b.toString());
        assertEquals(2, r.code());
        List<String> lines = r.err().lines().toList();
        assertEquals(4, lines.size(), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.contains("many.yaml:7:") && l.contains("has no rationale")), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.contains("many.yaml:8:") && l.contains("unknown category 'gloomy'")), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.contains("many.yaml:9:") && l.contains("weight must be 1, 2 or 3")), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.contains("other.yaml:7:") && l.contains("should match \"cheerful\"")), r.err());
        assertTrue(r.out().startsWith("2 files, 4 entries"), "the good entries are still counted and checked: " + r.out());
        assertTrue(r.out().contains("4 errors"), r.out());
    }

    @Test
    void everyBadFileIsReportedInOneRun() throws Exception {
        Path a = write("a.yaml", "id: [\n");
        Path b = write("b.yaml", HEAD.replace("terminology", "recipes") + "  - {id: x.y, rationale: r, examples: {match: [a], no_match: [b]}}\n");
        CliRun r = CliRun.run("lexicon", "validate", a.toString(), b.toString());
        assertEquals(2, r.code());
        assertEquals(2, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("b.yaml:3:7: unknown kind 'recipes'"), r.err());
    }

    @Test
    void explainShowsEntryCategoryRationaleAndExamples() {
        CliRun r = CliRun.run("lexicon", "explain", "Kiev");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("naming.kyiv_kiev.kiev  (contested_naming, weight 1)"), r.out());
        assertTrue(r.out().contains("convention: russian_based_romanization"), r.out());
        assertTrue(r.out().contains("rationale: "), r.out());
        assertTrue(r.out().contains("matches: "), r.out());
        CliRun text = CliRun.run("lexicon", "explain", "Putin's", "regime");
        assertTrue(text.out().contains("label.regime  (label, weight 2)"), text.out());
        CliRun none = CliRun.run("lexicon", "explain", "zzyzx");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("no lexicon entry for 'zzyzx'"));
    }

    @Test
    void aUserLexiconChangesTheAnalysis() throws Exception {
        Path lex = write("mine.yaml", HEAD + "  - {id: mine.ministers, phrase: ministers, category: label, weight: 3,"
                + " rationale: Test label., examples: {match: [The ministers met.], no_match: [They met.]}}\n");
        Path article = write("a.txt", "The ministers met in Paris.");
        CliRun r = CliRun.run("analyze", "--format", "json", "--lexicon", lex.toString(), article.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"rule\": \"mine.ministers\""), r.out());
        assertEquals(0, CliRun.run("lexicon", "validate", lex.toString()).code());
    }
}
