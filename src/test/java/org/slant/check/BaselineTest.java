package org.slant.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.slant.testing.CliRun;
import org.slant.testing.Project;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A baseline accepts what exists; only what is added later is reported. */
class BaselineTest {

    @TempDir
    Path tmp;

    static final String SENTENCE = "The minister's bizarre and hawkish tirade was a provocation, so-called experts said.";

    @Test
    void aBaselineOfTheSeedsLeavesNothingNewAndANewLoadedSentenceIsExactlyWhatIsNew() throws Exception {
        Path seeds = tmp.resolve("seeds");
        Files.createDirectories(seeds);
        for (Path p : Files.list(Project.seeds()).toList()) {
            Files.copy(p, seeds.resolve(p.getFileName()));
        }
        Path baseline = tmp.resolve("ci/baseline.json");
        var w = OutputFormatsTest.run("check", "--write-baseline", baseline.toString(), seeds.toString());
        assertEquals(0, w.code(), w.err());
        assertTrue(w.err().contains("wrote "), w.err());
        JsonNode written = new ObjectMapper().readTree(baseline.toFile());
        try (InputStream in = getClass().getResourceAsStream("/schema/baseline.schema.json")) {
            assertEquals(Set.of(), JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in).validate(written));
        }
        assertTrue(written.path("findings").size() > 50);

        JsonNode same = json(OutputFormatsTest.run("check", "--format", "json", "--baseline", baseline.toString(), seeds.toString()));
        assertEquals(0, same.path("exit_code").asInt());
        assertEquals(0, reported(same).size(), reported(same).toString());
        int baselined = same.path("summary").path("baselined").asInt();
        assertTrue(baselined > 50, "baselined " + baselined);

        // an edit elsewhere: one new paragraph with one loaded sentence in the middle of one article
        Path seed = seeds.resolve(Project.seed("002").getFileName());
        String before = Files.readString(seed);
        int at = before.indexOf("Lecornu told Shoigu");
        String after = before.substring(0, at) + SENTENCE + "\n\n" + before.substring(at);
        Files.writeString(seed, after);
        JsonNode edited = json(OutputFormatsTest.run("check", "--format", "json", "--baseline", baseline.toString(), seeds.toString()));
        JsonNode fresh = json(OutputFormatsTest.run("check", "--format", "json", seeds.toString()));
        Set<String> inSentence = new TreeSet<>();
        for (JsonNode a : fresh.path("articles")) {
            for (JsonNode i : a.path("issues")) {
                int start = i.path("start").asInt(-1);
                if (a.path("file").asText().equals(seed.toString().replace('\\', '/'))
                        && i.path("type").asText().equals("finding") && start >= at && start < at + SENTENCE.length()) {
                    inSentence.add(key(i));
                }
            }
        }
        assertTrue(inSentence.size() >= 3, inSentence.toString());
        Set<String> isNew = new TreeSet<>();
        reported(edited).forEach(i -> isNew.add(key(i)));
        assertEquals(inSentence, isNew);
        assertEquals(baselined, edited.path("summary").path("baselined").asInt());
    }

    @Test
    void aBrokenThresholdStaysAcceptedUntilItGetsWorse() throws Exception {
        Path policy = tmp.resolve("p.yaml");
        Files.writeString(policy, "thresholds:\n  - check: loaded.narrator.count <= 0\n");
        Path article = tmp.resolve("a.txt");
        Files.writeString(article, "The plan was bizarre.\n\nThe ministers met on Wednesday.\n");
        Path baseline = tmp.resolve("b.json");
        assertEquals(1, OutputFormatsTest.run("check", "--policy", policy.toString(), article.toString()).code());
        assertEquals(0, OutputFormatsTest.run("check", "--policy", policy.toString(), "--write-baseline", baseline.toString(),
                article.toString()).code());
        var same = OutputFormatsTest.run("check", "--policy", policy.toString(), "--baseline", baseline.toString(), article.toString());
        assertEquals(0, same.code(), same.out());
        assertTrue(same.out().contains("1 baselined"), same.out());
        Files.writeString(article, "The plan was bizarre.\n\nThe ministers met on Wednesday.\n\nIt was a massacre.\n");
        var worse = OutputFormatsTest.run("check", "--policy", policy.toString(), "--baseline", baseline.toString(), article.toString());
        assertEquals(1, worse.code(), worse.out());
        assertTrue(worse.out().contains("loaded.narrator.count is 2; the policy requires loaded.narrator.count <= 0"), worse.out());
    }

    /** Each bad baseline: one line on standard error, file:line:column, exit 2, nothing else printed. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "{'schema': 'slant/baseline/v1',~ 'findings': [~ {'file': 1}]}|3:11|expected text, found a number",
            "{'schema': 'slant/baseline/v1',~ 'findings': [~ {]}|3:3|malformed JSON",
            "{'schema': 'slant/baseline/v1', 'issues': 'all of them'}|1:43|unknown key 'issues'",
            "{'schema': 'slant/baseline/v1', 'findings': 'all of them'}|1:45|expected a list",
            "{'schema': 'slant/baseline/v1', 'findings': [],}|1:48|malformed JSON",
            "{'schema': 'slant/baseline/v1', 'findings': []}|1:1|missing 'thresholds'",
            "{'schema': 'slant/baseline/v1', 'schema': 'slant/baseline/v1'}|1:41|malformed JSON: Duplicate field 'schema'",
            "{'schema': 'slant/baseline/v1', 'findings': [], 'thresholds': [{'file': 'a', 'metric': 'm', 'check': 'm < 1', 'value': '3'}]}|1:120|expected a number, found text",
            "{'schema': 'slant/baseline/v1', 'findings': [{'file': 'a', 'rule': 'r', 'text': 't', 'context': 'c', 'count': 0}]}|1:111|count must be at least 1",
            "{'schema': 'slant/baseline/v1', 'findings': [{'file': 'a', 'rule': 'r', 'text': 't', 'context': 'c', 'count': 1.5}]}|1:111|expected a whole number",
            "{'schema': 'slant/baseline/v2'}|1:12|not a Slant baseline",
            "[1, 2]|1:1|not a Slant baseline",
            "{'schema': 'slant/baseline/v1'} {}|1:33|malformed JSON: more after the end"})
    void aBadBaselineIsOneLineWithItsLocation(String json, String at, String message) throws Exception {
        Path b = tmp.resolve("b.json");
        Files.writeString(b, json.replace('\'', '"').replace('~', '\n'));
        var r = OutputFormatsTest.run("check", "--baseline", b.toString(), Project.seed("000").toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("slant: " + b.toString().replace('\\', '/') + ":" + at + ": " + message), r.err());
    }

    static JsonNode json(CliRun r) throws Exception {
        assertTrue(r.code() != 2, r.err());
        return new ObjectMapper().readTree(r.out());
    }

    static List<JsonNode> issues(JsonNode report) {
        List<JsonNode> out = new ArrayList<>();
        report.path("articles").forEach(a -> a.path("issues").forEach(out::add));
        return out;
    }

    static List<JsonNode> reported(JsonNode report) {
        return issues(report).stream().filter(i -> i.path("status").asText().equals("reported")).toList();
    }

    static String key(JsonNode i) {
        return i.path("rule").asText() + "@" + i.path("start").asInt() + ":" + i.path("text").asText();
    }
}
