package org.slant.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.testing.CliRun;
import org.slant.testing.Project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A manifest's {@code file} entries and a policy's {@code lexicons} stay inside that file's folder (or the
 * inputs): anything else is one error line with file:line:column and exit 2, unless
 * {@code --allow-outside-paths} is given.
 */
class PathFenceTest {

    private static final String SECRET = "The secret minister said the plan was ready.";

    @TempDir
    Path tmp;

    /** A corpus folder whose manifest lists one article of its own and one path given by the test. */
    private Path corpus(String other) throws IOException {
        Path c = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(c.resolve("a.txt"), "The ministers met on Wednesday in Paris. They talked.\n");
        Files.writeString(c.resolve("manifest.yaml"), "articles:\n  - file: a.txt\n    outlet: A\n"
                + "  - file: " + other + "\n    outlet: B\n");
        Files.createDirectories(tmp.resolve("secret"));
        Files.writeString(tmp.resolve("secret/s.txt"), SECRET + "\n");
        return c;
    }

    private static void refusedAt(CliRun r, String where, String given) {
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains(where + ": '" + given + "' leads outside this file's folder and the inputs"),
                r.err());
        assertFalse(r.out().contains(SECRET), "the file outside was not read: " + r.out());
    }

    @Test
    void aManifestEntryLeadingUpAndOutIsRefused() throws IOException {
        Path c = corpus("../secret/s.txt");
        refusedAt(CliRun.run("analyze", "--format", "json", c.toString()), "manifest.yaml:4:11", "../secret/s.txt");
    }

    @Test
    void anAbsoluteManifestEntryIsRefused() throws IOException {
        String abs = tmp.resolve("secret/s.txt").toString();
        Path c = corpus(abs);
        refusedAt(CliRun.run("analyze", "--format", "json", c.toString()), "manifest.yaml:4:11", abs);
    }

    @Test
    void aLinkOutOfTheFolderIsSeenThrough() throws IOException {
        Path c = corpus("link.txt");
        Files.createSymbolicLink(c.resolve("link.txt"), tmp.resolve("secret/s.txt"));
        refusedAt(CliRun.run("analyze", "--format", "json", c.toString()), "manifest.yaml:4:11", "link.txt");
    }

    @Test
    void theFlagAllowsItAndAnotherInputIsAllowedWithout() throws IOException {
        Path c = corpus("../secret/s.txt");
        CliRun allowed = CliRun.run("analyze", "--format", "json", "--allow-outside-paths", c.toString());
        assertEquals(0, allowed.code(), allowed.err());
        assertTrue(allowed.out().contains(SECRET), allowed.out());
        // the secret folder named as an input too: the user asked for it
        CliRun named = CliRun.run("analyze", "--format", "json", c.toString(), tmp.resolve("secret").toString());
        assertEquals(0, named.code(), named.err());
        assertTrue(CliRun.run("analyze", "--help").out().contains("--allow-outside-paths"));
    }

    @Test
    void aPathTheFileSystemCannotNameIsAnErrorNotACrash() throws IOException {
        Path c = corpus("\"a\\u0000b.txt\"");
        CliRun r = CliRun.run("analyze", c.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        // the NUL is shown neutralised (config messages never carry control characters)
        assertTrue(r.err().matches("(?s).*manifest\\.yaml:4:11: 'a(\\\\u0000|\\?)b\\.txt' is not a valid path.*"), r.err());
    }

    @Test
    void aPolicyLexiconOutsideItsFolderIsRefused() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("ci"));
        Path lexicon = Project.dir().resolve("lexicons").toAbsolutePath();
        Path any;
        try (var s = Files.list(lexicon)) {
            any = s.filter(p -> p.toString().endsWith(".yaml")).findFirst().orElseThrow();
        }
        Path policy = Files.writeString(dir.resolve("policy.yaml"), "lexicons:\n  - " + any + "\n");
        String seed = Project.seed("000").toString();
        refusedAt(CliRun.run("check", "--policy", policy.toString(), seed), "policy.yaml:2:5", any.toString());
        CliRun allowed = CliRun.run("check", "--allow-outside-paths", "--policy", policy.toString(), seed);
        assertTrue(allowed.code() != 2, allowed.err());
    }
}
