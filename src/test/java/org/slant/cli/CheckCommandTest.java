package org.slant.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.Slant;
import org.slant.batch.RunOptions;
import org.slant.check.Checker;
import org.slant.check.PolicyReader;
import org.slant.check.Vocabulary;
import org.slant.lexicon.Lexicons;
import org.slant.testing.CliRun;
import org.slant.testing.Project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code slant check} end to end on the seeds: exit codes, messages, positions. */
class CheckCommandTest {

    @TempDir
    Path tmp;

    /** Runs the command line in-process and captures its output. */
    static CliRun run(String... args) {
        return CliRun.run(args);
    }

    static String policy(String name) {
        return Project.dir().resolve("src/test/resources/check/policies").resolve(name).toString();
    }

    static String seed(String prefix) {
        return Project.seed(prefix).toString();
    }

    @Test
    void everyArticleIsCheckedNoneIsSampled() throws Exception {
        // report and analyze hold a sample of a large corpus for their detailed views; a gate checks everything
        assertEquals(2, run("check", "--sample", "2", Project.seeds().toString()).code(), "check has no --sample");
        RunOptions sampling = RunOptions.defaults().withSampleLimit(2);
        assertEquals(5, checker(PolicyReader.defaultPolicy()).checkAll(Slant.runner(), List.of(Project.seeds().toString()), sampling)
                .articles().size());
        // a threshold on a reuse metric makes the articles wait for one another: still every one of them
        Path policy = tmp.resolve("reuse.yaml");
        Files.writeString(policy, """
                version: 1
                default: off
                thresholds:
                  - check: reuse.shared_share <= 0.05
                    severity: warning
                """);
        assertEquals(5, checker(PolicyReader.read(policy)).checkAll(Slant.runner(), List.of(Project.seeds().toString()), sampling)
                .articles().size());
    }

    private static Checker checker(PolicyReader reader) {
        Lexicons lexicons = Slant.lexicons().standard();
        Vocabulary vocabulary = Vocabulary.of(Slant.pipeline(lexicons), lexicons);
        return new Checker(reader.resolve(vocabulary), vocabulary, null, "test");
    }

    @Test
    void aThresholdOnReuseComparesTheArticles() throws Exception {
        // reuse metrics exist only when the articles are compared with one another
        Path policy = tmp.resolve("reuse.yaml");
        Files.writeString(policy, """
                version: 1
                default: off
                thresholds:
                  - check: reuse.shared_share <= 0.05
                    severity: warning
                """);
        CliRun r = run("check", "--policy", policy.toString(), Project.seeds().toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("5 articles checked"), r.out());
        // the Telegraph, AFP and Moscow Times seeds share wire copy
        assertTrue(Pattern.compile("000_[^:]*:1:1: warning reuse\\.shared_share reuse\\.shared_share is 0\\.[1-9]")
                .matcher(r.out()).find(), r.out());
    }

    @Test
    void anArticleWithinThePolicyPasses() {
        CliRun r = run("check", "--policy", policy("thresholds.yaml"), seed("000"));
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("1 article checked: 0 failed"), r.out());
        assertFalse(r.out().contains(": error "), r.out());
    }

    @Test
    void anArticleOverAThresholdFailsNamingMetricValueAndLimit() {
        CliRun r = run("check", "--policy", policy("thresholds.yaml"), seed("001"));
        assertEquals(1, r.code(), r.out() + r.err());
        String file = seed("001").replace('\\', '/');
        assertTrue(r.out().contains(file + ":1:1: error label.narrator.per1k label.narrator.per1k is 2.469136; "
                + "the policy requires label.narrator.per1k <= 2"), r.out());
        assertTrue(r.out().contains("1 failed"), r.out());
    }

    @Test
    void aWarningLevelThresholdDoesNotFail() throws Exception {
        // the terminology findings as warnings too, and only a warning-level threshold, which the article exceeds
        Path policy = tmp.resolve("warning.yaml");
        Files.writeString(policy, """
                version: 1
                rules:
                  terminology: {narrator: warning}
                thresholds:
                  - check: claims.unattributed <= 3
                    severity: warning
                """);
        CliRun r = run("check", "--policy", policy.toString(), seed("004"));
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().matches("(?s).*: warning claims\\.unattributed claims\\.unattributed is [4-9]; the policy "
                + "requires claims\\.unattributed <= 3.*"), r.out());
    }

    @Test
    void errorLevelFindingsFailAndOverridesApplyByPath() {
        CliRun r = run("check", "--policy", policy("loaded-errors.yaml"), "--format", "text", Project.seeds().toString());
        assertEquals(1, r.code(), r.out() + r.err());
        // the narrator's "provocation" in the Telegraph piece is an error; "extravaganza" is only info
        assertTrue(Pattern.compile("000_[^:]*:\\d+:\\d+: error loaded\\.provocation ").matcher(r.out()).find(), r.out());
        assertTrue(Pattern.compile("000_[^:]*:\\d+:\\d+: info loaded\\.extravaganza ").matcher(r.out()).find(), r.out());
        // the override makes loaded words in 004 warnings
        assertTrue(Pattern.compile("004_[^:]*:\\d+:\\d+: warning loaded\\.").matcher(r.out()).find(), r.out());
        assertFalse(Pattern.compile("004_[^:]*:\\d+:\\d+: error ").matcher(r.out()).find(), r.out());
        // nothing inside a quotation fails: the policy's narrator-only errors leave quoted words alone
        assertFalse(Pattern.compile(": error [^\n]*inside a quotation").matcher(r.out()).find(), r.out());
    }

    @Test
    void aMalformedPolicyIsAnErrorWithFileLineColumn() {
        CliRun r = run("check", "--policy", policy("malformed.yaml"), seed("000"));
        assertEquals(2, r.code());
        assertTrue(Pattern.compile("^slant: \\S*malformed\\.yaml:\\d+:\\d+: malformed file", Pattern.MULTILINE)
                .matcher(r.err()).find(), r.err());
        assertEquals("", r.out());
    }

    @Test
    void anUnknownMetricIsAnErrorWithItsLocation() {
        CliRun r = run("check", "--policy", policy("bad-metric.yaml"), seed("000"));
        assertEquals(2, r.code());
        assertTrue(r.err().contains("bad-metric.yaml:3:12: unknown metric 'label.narator.per1k' (did you mean "
                + "label.narrator.per1k"), r.err());
    }

    @Test
    void anUnknownRuleIsAnErrorWithItsLocation() {
        CliRun r = run("check", "--policy", policy("bad-rule.yaml"), seed("000"));
        assertEquals(2, r.code());
        assertTrue(r.err().contains("bad-rule.yaml:4:19: unknown rule, finding kind or extractor 'loaded.bizzare' "
                + "(did you mean loaded.bizarre"), r.err());
    }

    @Test
    void policyErrorsFromInlinePolicies() throws Exception {
        Path p = tmp.resolve("p.yaml");
        for (String[] c : new String[][]{
                {"rules:\n  terminology.loaded: fatal\n", "p.yaml:2:23: unknown severity 'fatal'"},
                {"rules:\n  terminology.loadedd: warning\n", "p.yaml:2:24: unknown rule, finding kind or extractor 'terminology.loadedd' (did you mean terminology.loaded"},
                {"rules:\n  terminology.loaded: {narator: warning}\n", "p.yaml:2:33: unknown voice 'narator'"},
                {"thresholds:\n  - check: claims.unattributed => 3\n", "p.yaml:2:12: bad threshold"},
                {"thresholds:\n  - check: claims.unattributed <= three\n", "p.yaml:2:12: bad threshold 'claims.unattributed <= three': the limit 'three' is not a number"},
                {"thresholds:\n  - claims.unattributed <= 3\n", null},
                {"threshold:\n  - claims.unattributed <= 3\n", "p.yaml:2:3: unknown key 'threshold'"},
                {"rules:\n  content.words: warning\n", "(a metric: use it under thresholds)"},
                {"overrides:\n  - files: [\"a/{b\"]\n    rules: {attribution: info}\n", "p.yaml:2:13: bad glob 'a/{b': unclosed '{' in glob"},
                {"version: 2\n", "p.yaml:1:10: unsupported policy version '2'"}}) {
            Files.writeString(p, c[0]);
            CliRun r = run("check", "--policy", p.toString(), seed("000"));
            if (c[1] == null) {
                assertEquals(0, r.code(), c[0] + r.err());
            } else {
                assertEquals(2, r.code(), c[0]);
                assertTrue(r.err().contains(c[1]), c[0] + " gave: " + r.err());
            }
        }
    }

    @Test
    void unknownFormatAndUnreadableInputsExit2() throws Exception {
        assertEquals(2, run("check", "--format", "xml", seed("000")).code());
        Path bad = tmp.resolve("bad.txt");
        Files.write(bad, new byte[]{(byte) 0xC3, 0x28});
        CliRun r = run("check", seed("000"), bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("bad.txt: invalid UTF-8"), r.err());
        assertTrue(r.out().contains("1 article checked, 1 unreadable"), r.out());
    }

    private static final Pattern LINE = Pattern.compile("^(.+?):(\\d+):(\\d+): (error|warning|info) (\\S+) \"(.*?)\": ",
            Pattern.MULTILINE);

    /** Every text-format position, read back from the file, is where the finding's text starts. */
    @Test
    void textPositionsPointAtTheFindingsInTheFile() throws Exception {
        Path md = tmp.resolve("page.md");
        Files.writeString(md, "# A \u201cbizarre\u201d day\r\n\r\nThe so-called experts <!-- a comment with bizarre words -->"
                + "called it a massacre.\r\n\tReportedly, the \uD83D\uDE00 hawkish minister spoke.\n");
        Path html = tmp.resolve("page.html");
        Files.writeString(html, "<html><body>\n<p>The <b>so-called</b>\n   experts &amp; the\n<i>hawkish</i> minister "
                + "called it a massacre.</p><p>Reportedly,\n\n   a disaster.</p></body></html>\n");
        CliRun r = run("check", "--policy", policy("thresholds.yaml"), Project.seeds().toString(), md.toString());
        assertEquals(1, r.code(), r.err());
        int checked = 0;
        Matcher m = LINE.matcher(r.out());
        while (m.find()) {
            String text = Files.readString(Path.of(m.group(1)));
            int offset = offset(text, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            String quoted = m.group(6);
            String shown = quoted.endsWith("...") ? quoted.substring(0, quoted.length() - 3) : quoted;
            String atPosition = text.substring(offset, Math.min(text.length(), offset + shown.length() + 40))
                    .replaceAll("\\s+", " ");
            assertTrue(atPosition.startsWith(shown), m.group() + " -> " + atPosition);
            checked++;
        }
        // 55 since partial quotations of a speaker stopped being scare quotes (was over 60)
        assertTrue(checked > 40, "only " + checked + " positions checked");
        assertTrue(r.out().contains(md.toString().replace('\\', '/') + ":3:"), r.out());
        // HTML: the finding's text is in the source at its position, tags aside
        CliRun h = run("check", "--policy", policy("thresholds.yaml"), html.toString());
        String src = Files.readString(html);
        Matcher hm = LINE.matcher(h.out());
        List<String> seen = new java.util.ArrayList<>();
        while (hm.find()) {
            int offset = offset(src, Integer.parseInt(hm.group(2)), Integer.parseInt(hm.group(3)));
            assertTrue(src.startsWith(hm.group(6).substring(0, 3), offset), hm.group() + " at " + src.substring(offset));
            seen.add(hm.group(5) + "@" + hm.group(2) + ":" + hm.group(3));
        }
        assertTrue(seen.contains("hedge.so_called@2:11"), seen.toString());
        assertTrue(seen.contains("loaded.hawkish@4:4"), seen.toString());
        assertTrue(seen.contains("hedge.reportedly@4:53"), seen.toString());
        assertTrue(seen.contains("loaded.disaster@6:6"), seen.toString());
    }

    /** Offset of a 1-based line and UTF-16 column; lines end at \n, \r\n or \r. */
    static int offset(String text, int line, int column) {
        int l = 1;
        int i = 0;
        while (l < line) {
            char c = text.charAt(i++);
            if (c == '\n' || (c == '\r' && (i >= text.length() || text.charAt(i) != '\n'))) {
                l++;
            }
        }
        return i + column - 1;
    }
}
