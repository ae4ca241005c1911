package org.slant.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.config.ConfigException;
import org.slant.model.Attrs;
import org.slant.model.Finding;
import org.slant.model.Voice;
import org.slant.testing.Project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyTest {

    static final Vocabulary V = DeclarationsTest.VOCABULARY;
    static final Path POLICIES = Project.dir().resolve("src/test/resources/check/policies");

    static Policy policy(String yaml) {
        return PolicyReader.parse("p.yaml", yaml, null).resolve(V);
    }

    static Finding finding(String extractor, String category, String rule, Voice voice) {
        return new Finding(extractor, category, 0, 1, "x", voice, rule, 1, Attrs.NONE);
    }

    @Test
    void aRuleBeatsAKindBeatsAnExtractorAndLaterSettingsWin() {
        Policy p = policy("""
                default: info
                rules:
                  terminology: warning
                  terminology.loaded: {narrator: error, quoted: off}
                  loaded.bizarre: info
                overrides:
                  - files: ["opinion/**"]
                    rules: {terminology.loaded: warning}
                """);
        Finding bizarre = finding("terminology", "loaded", "loaded.bizarre", Voice.NARRATOR);
        Finding massacre = finding("terminology", "loaded", "loaded.massacre", Voice.NARRATOR);
        Finding quoted = finding("terminology", "loaded", "loaded.massacre", Voice.QUOTED);
        Finding reported = finding("terminology", "loaded", "loaded.massacre", Voice.REPORTED);
        Finding hedge = finding("terminology", "hedge", "hedge.reportedly", Voice.QUOTED);
        Finding cue = finding("attribution", "named", "cue.say", Voice.REPORTED);
        assertEquals(Severity.INFO, p.decide(bizarre, "news/a.md").severity());
        assertEquals(Severity.ERROR, p.decide(massacre, "news/a.md").severity());
        assertEquals(Severity.OFF, p.decide(quoted, "news/a.md").severity());
        // the kind setting leaves reported speech open: the extractor setting decides
        assertEquals(Severity.WARNING, p.decide(reported, "news/a.md").severity());
        assertEquals(Severity.WARNING, p.decide(hedge, "news/a.md").severity());
        assertEquals(Severity.INFO, p.decide(cue, "news/a.md").severity());
        assertNull(p.decide(cue, "news/a.md").setting());
        // the override is later and as specific as the kind setting: it wins for its files only
        assertEquals(Severity.WARNING, p.decide(massacre, "opinion/2024/a.md").severity());
        assertEquals(Severity.WARNING, p.decide(quoted, "opinion/a.md").severity());
        assertEquals(Severity.INFO, p.decide(bizarre, "opinion/a.md").severity());
    }

    @Test
    void thresholdsHoldOrBreak() {
        Policy p = policy("""
                thresholds:
                  - "claims.unattributed <= 3"
                  - check: attribution.anonymous_share < 0.5
                    severity: warning
                    files: "*.md"
                  - check: contested_naming.narrator.count != 0
                  - check: content.words >= 1e2
                  - check: reuse.partners == 0
                  - check: quote.share > -1
                """);
        assertEquals(6, p.thresholds().size());
        Threshold t = p.thresholds().get(0);
        assertEquals("claims.unattributed <= 3", t.expression());
        assertEquals(Severity.ERROR, t.severity());
        assertFalse(t.brokenBy(3));
        assertTrue(t.brokenBy(3.5));
        assertFalse(t.brokenBy(Double.NaN));
        Threshold md = p.thresholds().get(1);
        assertTrue(md.appliesTo("a/b/c.md"));
        assertFalse(md.appliesTo("a/b/c.txt"));
        assertTrue(md.brokenBy(0.5));
        assertTrue(p.thresholds().get(2).brokenBy(0));
        assertTrue(p.thresholds().get(3).brokenBy(99));
        assertFalse(p.thresholds().get(3).brokenBy(100));
        assertTrue(p.thresholds().get(4).brokenBy(1));
        assertEquals(5, p.thresholdsFor("x.txt").size());
        assertEquals(6, p.thresholdsFor("x.md").size());
    }

    @Test
    void errorsNameFileLineAndColumn() {
        ConfigException e = assertThrows(ConfigException.class, () -> policy("rules:\n  attribution: maybe\n"));
        assertEquals("p.yaml:2:16: unknown severity 'maybe' (allowed: error, warning, info, off)", e.getMessage());
        e = assertThrows(ConfigException.class, () -> policy("thresholds:\n  - check: voice.*.words <= 3\n"));
        assertTrue(e.getMessage().startsWith("p.yaml:2:12: unknown metric 'voice.*.words'"), e.getMessage());
        e = assertThrows(ConfigException.class, () -> policy("overrides:\n  - rules: {attribution: info}\n"));
        assertTrue(e.getMessage().startsWith("p.yaml:2:5: missing 'files'"), e.getMessage());
        e = assertThrows(ConfigException.class, () -> policy("overrides:\n  - files: a\n    thresholds:\n"
                + "      - {check: claims.unattributed <= 1, files: b}\n"));
        assertTrue(e.getMessage().startsWith("p.yaml:4:9: a threshold inside an override"), e.getMessage());
        e = assertThrows(ConfigException.class, () -> policy("- a\n"));
        assertTrue(e.getMessage().startsWith("p.yaml:1:1: a policy is a mapping"), e.getMessage());
        e = assertThrows(ConfigException.class, () -> policy("rules:\n  a: 1\n  a: 2\n"));
        assertTrue(e.getMessage().contains("duplicate key 'a'"), e.getMessage());
    }

    @Test
    void theDefaultPolicyDecidesEveryDeclaredFindingKind() {
        Policy p = PolicyReader.defaultPolicy().resolve(V);
        assertEquals("default", p.source());
        Set<String> undecided = new TreeSet<>();
        for (String kind : V.categories()) {
            String extractor = kind.substring(0, kind.indexOf('.'));
            boolean named = p.rules().stream().anyMatch(r -> r.selector().equals(kind) || r.selector().equals(extractor));
            if (!named) {
                undecided.add(kind);
            }
        }
        assertEquals(Set.of(), undecided, "the default policy must say what it does with every finding kind "
                + "(a new extractor's kinds included): add them to src/main/resources/check/default-policy.yaml");
        // its promises: nothing fails on quoted words, loaded words in the narrator's voice are warnings
        for (String kind : V.categories()) {
            String[] parts = kind.split("\\.");
            Finding quoted = finding(parts[0], parts[1], "x", Voice.QUOTED);
            assertFalse(p.decide(quoted, "a.txt").severity() == Severity.ERROR, kind);
        }
        assertEquals(Severity.WARNING, p.decide(finding("terminology", "loaded", "loaded.bizarre", Voice.NARRATOR), "a.txt").severity());
        assertEquals(Severity.OFF, p.decide(finding("terminology", "loaded", "loaded.bizarre", Voice.QUOTED), "a.txt").severity());
    }

    @Test
    void samplePoliciesAndTheDefaultValidateAgainstTheSchema() throws IOException {
        JsonSchema schema;
        try (InputStream in = PolicyTest.class.getResourceAsStream("/schema/policy.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        List<Path> good;
        try (Stream<Path> s = Files.list(POLICIES)) {
            good = s.filter(p -> !p.getFileName().toString().startsWith("bad-")
                    && !p.getFileName().toString().startsWith("malformed")).sorted().toList();
        }
        assertTrue(good.size() >= 2);
        for (Path p : good) {
            Set<ValidationMessage> errors = schema.validate(yaml12(Files.readString(p)));
            assertEquals(Set.of(), errors, p.toString());
            PolicyReader.read(p).resolve(V);
        }
        JsonNode def = yaml12(PolicyReader.defaultPolicyText());
        assertEquals(Set.of(), schema.validate(def), "default policy");
        JsonNode example = yaml12(new String(PolicyReader.class.getResourceAsStream("/check/example-policy.yaml")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(Set.of(), schema.validate(example), "example policy");
        // and the schema refuses what the reader refuses structurally
        for (String bad : List.of("rules: {terminology.loaded: fatal}", "thresholds: [\"claims.unattributed => 3\"]",
                "threshold: []", "overrides: [{rules: {}}]", "rules: {terminology.loaded: {narator: off}}")) {
            assertFalse(schema.validate(yaml12(bad)).isEmpty(), bad);
        }
    }

    /**
     * YAML as editors with a schema read it (YAML 1.2 core schema): {@code off} is a string, as it is for
     * Slant, which reads every scalar as written. (Jackson's YAML 1.1 reading would make it false.)
     */
    static JsonNode yaml12(String text) {
        return toJson(new org.yaml.snakeyaml.Yaml().compose(new java.io.StringReader(text)));
    }

    private static JsonNode toJson(org.yaml.snakeyaml.nodes.Node n) {
        com.fasterxml.jackson.databind.node.JsonNodeFactory f = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        if (n instanceof org.yaml.snakeyaml.nodes.MappingNode m) {
            com.fasterxml.jackson.databind.node.ObjectNode o = f.objectNode();
            m.getValue().forEach(t -> o.set(((org.yaml.snakeyaml.nodes.ScalarNode) t.getKeyNode()).getValue(), toJson(t.getValueNode())));
            return o;
        }
        if (n instanceof org.yaml.snakeyaml.nodes.SequenceNode s) {
            com.fasterxml.jackson.databind.node.ArrayNode a = f.arrayNode();
            s.getValue().forEach(x -> a.add(toJson(x)));
            return a;
        }
        org.yaml.snakeyaml.nodes.ScalarNode sc = (org.yaml.snakeyaml.nodes.ScalarNode) n;
        String v = sc.getValue();
        if (sc.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN) {
            if (v.matches("[-+]?[0-9]+")) {
                return f.numberNode(Long.parseLong(v));
            }
            if (v.matches("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?")) {
                return f.numberNode(Double.parseDouble(v));
            }
            if (v.equals("true") || v.equals("false")) {
                return f.booleanNode(Boolean.parseBoolean(v));
            }
            if (v.isEmpty() || v.equals("null") || v.equals("~")) {
                return f.nullNode();
            }
        }
        return f.textNode(v);
    }

    @Test
    void theDocsShowTheDefaultAndTheExamplePolicyVerbatim() throws IOException {
        String readme = Files.readString(Project.dir().resolve("docs/check.md"));
        String example = new String(PolicyReader.class.getResourceAsStream("/check/example-policy.yaml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(readme.contains("```yaml\n" + PolicyReader.defaultPolicyText() + "```"),
                "docs/check.md's default policy differs from src/main/resources/check/default-policy.yaml");
        assertTrue(readme.contains("```yaml\n" + example + "```"),
                "docs/check.md's example policy differs from src/main/resources/check/example-policy.yaml");
        Path dir = Files.createTempDirectory("policy");
        Files.writeString(dir.resolve("newsroom.yaml"), example);
        Files.writeString(dir.resolve("house-style.yaml"), """
                id: house/style
                version: 1.0.0
                kind: terminology
                description: House style words.
                provenance: Written for this test.
                entries:
                  - id: house.paper_tiger
                    category: label
                    phrase: paper tiger
                    weight: 2
                    rationale: The house style avoids this caricature.
                    examples: {match: ["a paper tiger"], no_match: ["a tiger"]}
                """);
        PolicyReader r = PolicyReader.read(dir.resolve("newsroom.yaml"));
        assertEquals(List.of(dir.resolve("house-style.yaml")), r.lexicons());
        // house.paper_tiger is a rule only with the policy's lexicon loaded
        assertThrows(ConfigException.class, () -> r.resolve(V));
        org.slant.lexicon.Lexicons lx = org.slant.Slant.lexicons().withUserFiles(r.lexicons());
        Policy p = r.resolve(Vocabulary.of(org.slant.Slant.pipeline(lx), lx));
        assertEquals(List.of("label.narrator.per1k <= 2", "attribution.anonymous_share <= 0.5", "claims.unattributed <= 3",
                        "contamination.ratio <= 0.15", "contamination.spam.blocks == 0"),
                p.thresholdsFor("news/a.md").stream().map(Threshold::expression).toList());
        assertEquals(List.of("attribution.anonymous_share <= 0.5", "claims.unattributed <= 3", "contamination.ratio <= 0.15",
                        "contamination.spam.blocks == 0", "label.narrator.per1k <= 5"),
                p.thresholdsFor("opinion/2024/a.md").stream().map(Threshold::expression).toList());
    }
}
