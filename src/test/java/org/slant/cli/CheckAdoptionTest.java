package org.slant.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.check.PolicyDiscovery;
import org.slant.testing.ChildCli;
import org.slant.testing.CliRun;
import org.slant.testing.Project;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What makes {@code slant check} easy to adopt: discovery, standard input, --fail-on, --output, git scope. */
class CheckAdoptionTest {

    @TempDir
    Path tmp;

    private static final String LOADED_IS_ERROR = """
            version: 1
            default: off
            rules:
              terminology.loaded: {narrator: error, default: off}
            """;

    @Test
    void thePolicyIsFoundFromTheWorkingFolderUpwards() throws Exception {
        Path root = tmp.resolve("repo");
        Path deep = Files.createDirectories(root.resolve("a/b/c"));
        assertTrue(PolicyDiscovery.find(deep).isEmpty() || !PolicyDiscovery.find(deep).get().startsWith(root));
        Files.createDirectories(root.resolve(".slant"));
        Files.writeString(root.resolve(".slant/policy.yaml"), LOADED_IS_ERROR);
        assertEquals(root.resolve(".slant/policy.yaml"), PolicyDiscovery.find(deep).orElseThrow());
        // a nearer .slant.yaml wins over a farther one
        Files.writeString(root.resolve("a/.slant.yaml"), LOADED_IS_ERROR);
        assertEquals(root.resolve("a/.slant.yaml"), PolicyDiscovery.find(deep).orElseThrow());

        ChildCli shown = ChildCli.run(deep, Map.of(), null, "check", "--print-config");
        assertEquals(0, shown.code(), shown.err());
        assertTrue(shown.out().startsWith("policy: " + root.resolve("a/.slant.yaml").toString().replace('\\', '/')),
                shown.out());
        assertTrue(shown.out().contains("terminology.loaded: narrator error, others off"), shown.out());
        assertTrue(shown.out().contains("fail on: error"), shown.out());
        // --policy overrides what discovery would find
        ChildCli explicit = ChildCli.run(deep, Map.of(), null, "check", "--print-config", "--policy",
                Project.dir().resolve("src/main/resources/check/default-policy.yaml").toString());
        assertTrue(explicit.out().contains("(--policy)"), explicit.out());
        assertTrue(explicit.out().contains("terminology.loaded: narrator warning, others off"), explicit.out());
    }

    @Test
    void anArticleIsReadFromStandardInputUnderTheNameGiven() throws Exception {
        Files.writeString(tmp.resolve(".slant.yaml"), LOADED_IS_ERROR);
        byte[] article = "A headline\n\nThe council's decision was shameful, the editorial board wrote.\n"
                .getBytes(StandardCharsets.UTF_8);
        ChildCli r = ChildCli.run(tmp, Map.of(), article, "check", "-", "--stdin-filename", "news/today.md");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().startsWith("news/today.md:3:"), r.out());
        assertTrue(r.out().contains("\"shameful\": terminology.loaded in the narrator's voice"), r.out());
        assertFalse(r.out().contains("slant-stdin-"), "the temporary file's name never shows: " + r.out());
        ChildCli never = ChildCli.run(tmp, Map.of(), article, "check", "-", "--fail-on", "never");
        assertEquals(0, never.code(), never.err());
        assertTrue(never.out().startsWith("stdin.txt:3:"), never.out());
        assertEquals(2, ChildCli.run(tmp, Map.of(), new byte[0], "check", "-").code(), "an empty input is an error");
    }

    @Test
    void failOnChoosesTheLevelThatFails() throws Exception {
        Path article = tmp.resolve("a.txt");
        Files.writeString(article, "The decision was shameful, the board wrote in a statement on Monday.\n");
        // the default policy makes narrator loaded words warnings
        assertEquals(0, CliRun.run("check", article.toString()).code());
        assertEquals(1, CliRun.run("check", "--fail-on", "warning", article.toString()).code());
        assertEquals(0, CliRun.run("check", "--fail-on", "never", article.toString()).code());
        CliRun json = CliRun.run("check", "--fail-on", "warning", "--format", "json", article.toString());
        assertTrue(json.out().contains("\"exit_code\" : 1") || json.out().contains("\"exit_code\": 1"), json.out());
        assertEquals(2, CliRun.run("check", "--fail-on", "sometimes", article.toString()).code());
        assertEquals(2, CliRun.run("check", "--fail-on", "never", tmp.resolve("missing.txt").toString()).code(),
                "an unreadable input is an error whatever --fail-on says");
    }

    @Test
    void theRationaleIsGivenOnceNotOnEveryLine() throws Exception {
        CliRun r = CliRun.run("check", Project.seeds().toString());
        List<String> issueLines = r.out().lines().filter(l -> l.matches("^[^ ].*:\\d+:\\d+: .*")).toList();
        assertTrue(issueLines.size() > 10, r.out());
        List<String> footnotes = r.out().lines().filter(l -> l.startsWith("  ")).toList();
        assertFalse(footnotes.isEmpty(), r.out());
        for (String f : footnotes) {
            String why = f.substring(f.indexOf(": ") + 2);
            assertTrue(issueLines.stream().noneMatch(l -> l.contains(why)), "rationale repeated on a line: " + why);
        }
        assertEquals(footnotes.size(), footnotes.stream().distinct().count(), "each rule's rationale once");
    }

    @Test
    void outputIsWrittenWholeAndNeverOverAFileSlantDidNotMake() throws Exception {
        Path article = tmp.resolve("a.txt");
        Files.writeString(article, "The decision was shameful, the board wrote in a statement on Monday.\n");
        Path out = tmp.resolve("reports/check.sarif");
        CliRun first = CliRun.run("check", "--format", "sarif", "--output", out.toString(), article.toString());
        assertEquals(0, first.code(), first.err());
        assertEquals("", first.out(), "nothing on standard output when --output is given");
        String sarif = Files.readString(out);
        assertTrue(sarif.contains("\"version\": \"2.1.0\"") || sarif.contains("\"version\" : \"2.1.0\""), sarif);
        // a second run replaces its own file
        assertEquals(0, CliRun.run("check", "--format", "junit", "--output", out.toString(), article.toString()).code());
        assertTrue(Files.readString(out).contains("<testsuites name=\"slant check\""));
        // a file of the user's is never replaced
        Path notes = tmp.resolve("notes.txt");
        Files.writeString(notes, "my notes\n");
        CliRun refused = CliRun.run("check", "--output", notes.toString(), article.toString());
        assertEquals(2, refused.code());
        assertEquals(1, refused.err().lines().count(), refused.err());
        assertTrue(refused.err().contains("was not written by slant check"), refused.err());
        assertEquals("my notes\n", Files.readString(notes));
        try (var s = Files.list(tmp.resolve("reports"))) {
            assertEquals(List.of(out), s.toList(), "no temporary file left beside the output");
        }
    }

    @Test
    void onlyChangedArticlesAndLinesFailWithChangedSince() throws Exception {
        Assumptions.assumeTrue(git(tmp, "--version") == 0, "git is not installed");
        Path repo = Files.createDirectories(tmp.resolve("news-repo"));
        assertEquals(0, git(repo, "init", "-q"));
        Files.writeString(repo.resolve(".slant.yaml"), LOADED_IS_ERROR);
        Path articles = Files.createDirectories(repo.resolve("articles"));
        Files.writeString(articles.resolve("old.md"), """
                # Old piece

                The plan was outrageous, the column argued last spring.

                Officials met on Monday to discuss the budget.
                """);
        Files.writeString(articles.resolve("other.md"), "The shameful vote went ahead, the paper wrote.\n");
        assertEquals(0, git(repo, "add", "-A"));
        assertEquals(0, git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "old"));
        // a new article, and one line of an old one edited
        Files.writeString(articles.resolve("new.md"), "The minister's disgraceful speech drew protests.\n");
        Files.writeString(articles.resolve("old.md"), """
                # Old piece

                The plan was outrageous, the column argued last spring.

                Officials met on Monday to discuss the farcical budget.
                """);
        assertEquals(0, git(repo, "add", "-A"));
        assertEquals(0, git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "new"));

        ChildCli all = ChildCli.run(repo, Map.of(), null, "check", "articles");
        assertEquals(1, all.code(), all.err());
        assertTrue(all.out().contains("articles/other.md:1:"), all.out());
        assertTrue(all.out().contains("articles/old.md:3:"), all.out());

        ChildCli changed = ChildCli.run(repo, Map.of(), null, "check", "articles", "--changed-since", "HEAD~1", "--lines");
        assertEquals(1, changed.code(), changed.err());
        List<String> issues = changed.out().lines().filter(l -> l.startsWith("articles/")).toList();
        assertEquals(List.of("articles/new.md:1:16", "articles/old.md:5:40"),
                issues.stream().map(l -> l.substring(0, l.indexOf(": "))).toList(), changed.out());
        assertTrue(changed.out().contains("1 on unchanged lines"), changed.out());

        // whole changed files without --lines: the old line of the edited article counts again
        ChildCli files = ChildCli.run(repo, Map.of(), null, "check", "articles", "--changed-since", "HEAD~1");
        assertTrue(files.out().contains("articles/old.md:3:"), files.out());
        assertFalse(files.out().contains("articles/other.md"), files.out());

        // the edit alone does not fail when only old lines carry errors
        ChildCli clean = ChildCli.run(repo, Map.of(), null, "check", "articles", "--changed-since", "HEAD");
        assertEquals(0, clean.code(), clean.out() + clean.err());

        ChildCli badRef = ChildCli.run(repo, Map.of(), null, "check", "articles", "--changed-since", "no-such-ref");
        assertEquals(2, badRef.code());
        assertEquals(1, badRef.err().lines().count(), badRef.err());
        ChildCli outside = ChildCli.run(tmp, Map.of(), null, "check", "news-repo/articles", "--changed-since", "HEAD");
        assertEquals(2, outside.code());
        assertTrue(outside.err().contains("not a git repository"), outside.err());
        assertEquals(2, CliRun.run("check", "--lines", articles.toString()).code(), "--lines needs --changed-since");
    }

    private static int git(Path dir, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("git"));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor();
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
