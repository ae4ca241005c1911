package org.slant.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.testing.CliRun;
import org.slant.testing.Project;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The five output formats: schemas, structure, counts, and escaping of hostile text. */
class OutputFormatsTest {

    @TempDir
    static Path tmp;

    /** Runs the command line in-process and captures its output. */
    static CliRun run(String... args) {
        return CliRun.run(args);
    }

    static final String HOSTILE_RATIONALE = "Ends </failure>]]><!-- & \"quotes\" %0A::error::pwned, 100% sure: \u001b[31m red \u202Egnp.exe";

    static Path markdown;
    static Path html;
    static Path hostile;
    static Path lexicon;
    static Path baseline;

    @BeforeAll
    static void files() throws IOException {
        markdown = tmp.resolve("notes.md");
        Files.writeString(markdown, """
                The bizarre plan of the extremists was a provocation.
                <!-- slant-disable-next-line -- quoting the minister -->
                It was a massacre.
                <!-- slant-disable loaded.bizare -->
                """);
        html = tmp.resolve("page.html");
        Files.writeString(html, "<html><body><p>The <b>hawkish</b> &amp; bizarre plan.</p></body></html>");
        Path dir = Files.createDirectories(tmp.resolve("we,ird: 100%"));
        hostile = dir.resolve("a <b>&\"'.md");
        Files.writeString(hostile, "They discussed the \u201c</testcase>\u001b[2J%0A::x\u201d plan.\r\n"
                + "Then came the zorkish \u202Eend of the zorkish writer.\n");
        lexicon = tmp.resolve("hostile.yaml");
        Files.writeString(lexicon, """
                id: test/hostile
                version: 1.0.0
                kind: terminology
                description: Hostile text for the output tests.
                provenance: Written for the tests.
                entries:
                  - id: loaded.zorkish
                    category: loaded
                    phrase: zorkish
                    weight: 2
                    rationale: "%s"
                    examples: {match: ["a zorkish plan"], no_match: ["a plan"]}
                """.formatted(HOSTILE_RATIONALE.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u001b", "\\e")
                .replace("\u202E", "\\u202E")));
        baseline = tmp.resolve("baseline.json");
        Path one = Project.seed("001");
        assertEquals(0, run("check", "--write-baseline", baseline.toString(), one.toString()).code());
    }

    /** Every kind of issue and status: findings, thresholds, markers; reported, suppressed, baselined; an input error. */
    static CliRun all(String format) throws IOException {
        Path bad = tmp.resolve("broken.txt");
        Files.write(bad, new byte[]{(byte) 0xC3, 0x28});
        return run("check", "--format", format, "--baseline", baseline.toString(), "--lexicon", lexicon.toString(),
                "--policy", Project.dir().resolve("src/test/resources/check/policies/thresholds.yaml").toString(),
                Project.seeds().toString(), markdown.toString(), html.toString(), hostile.toString(), bad.toString());
    }

    static JsonSchema schema(String resource) throws IOException {
        try (InputStream in = OutputFormatsTest.class.getResourceAsStream(resource)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @Test
    void sarifWithTheHomePageTheReleaseBuildRecordsStillValidates() throws Exception {
        java.io.StringWriter buf = new java.io.StringWriter();
        new SarifPrinter("https://github.com/example/slant").print(
                new CheckReport("0.1.0", "default", null, List.of(), List.of()), null, new java.io.PrintWriter(buf));
        JsonNode sarif = new ObjectMapper().readTree(buf.toString());
        assertEquals(Set.of(), schema("/sarif/sarif-schema-2.1.0.json").validate(sarif));
        assertEquals("https://github.com/example/slant",
                sarif.path("runs").get(0).path("tool").path("driver").path("informationUri").asText());
    }

    @Test
    void sarifValidatesAgainstTheSarif210Schema() throws Exception {
        CliRun r = all("sarif");
        assertEquals(2, r.code(), "an unreadable input makes it 2: " + r.err());
        assertTrue(r.err().startsWith("slant: " + tmp.resolve("broken.txt").toString().replace('\\', '/')), r.err());
        JsonNode sarif = new ObjectMapper().readTree(r.out());
        Set<ValidationMessage> errors = schema("/sarif/sarif-schema-2.1.0.json").validate(sarif);
        assertEquals(Set.of(), errors);
        JsonNode run = sarif.path("runs").get(0);
        assertEquals("2.1.0", sarif.path("version").asText());
        // rules carry the lexicon rationale as help text
        JsonNode bizarre = null;
        for (JsonNode rule : run.path("tool").path("driver").path("rules")) {
            if (rule.path("id").asText().equals("loaded.bizarre")) {
                bizarre = rule;
            }
        }
        assertEquals("Judges conduct as irrational instead of saying what was done.", bizarre.path("help").path("text").asText());
        int suppressed = 0;
        int baselined = 0;
        int withRegion = 0;
        for (JsonNode res : run.path("results")) {
            JsonNode region = res.path("locations").get(0).path("physicalLocation").path("region");
            assertTrue(region.path("startLine").asInt() >= 1);
            if (region.has("charOffset")) {
                withRegion++;
                assertTrue(region.has("startColumn") && region.has("endLine") && region.has("endColumn") && region.has("charLength"));
            }
            String kind = res.path("suppressions").path(0).path("kind").asText();
            suppressed += kind.equals("inSource") ? 1 : 0;
            baselined += kind.equals("external") ? 1 : 0;
            assertEquals(kind.equals("external") ? "unchanged" : "new", res.path("baselineState").asText());
        }
        assertTrue(withRegion > 50);
        assertEquals(1, suppressed, "the markdown's next-line marker");
        assertTrue(baselined >= 3, "the AFP copy's issues are baselined: " + baselined);
        JsonNode inv = run.path("invocations").get(0);
        assertEquals(2, inv.path("exitCode").asInt());
        assertTrue(inv.path("toolExecutionNotifications").get(0).path("message").path("text").asText().startsWith("invalid UTF-8"));
        // the region of a finding in the Markdown file is where its text is
        String md = Files.readString(markdown);
        for (JsonNode res : run.path("results")) {
            JsonNode loc = res.path("locations").get(0).path("physicalLocation");
            if (loc.path("artifactLocation").path("uri").asText().endsWith("notes.md") && loc.path("region").has("snippet")) {
                JsonNode region = loc.path("region");
                assertEquals(region.path("snippet").path("text").asText(), md.substring(region.path("charOffset").asInt(),
                        region.path("charOffset").asInt() + region.path("charLength").asInt()));
            }
        }
    }

    /**
     * The JUnit output against the common JUnit schema CI servers read: Jenkins' (the one the JUnit 5 team
     * validates its own reports with), fetched by {@code src/test/schemas/fetch-junit-xsd.sh} (third-party,
     * not committed). Skipped without it, a failure in CI (SLANT_CI set), where .ci/run fetches it.
     */
    @Test
    void junitXmlValidatesAgainstTheJenkinsJunitSchema() throws Exception {
        Path xsd = Project.dir().resolve("target/junit-xsd/jenkins-junit.xsd");
        if (!Files.isRegularFile(xsd)) {
            String ci = System.getenv("SLANT_CI");
            if (ci != null && !ci.isBlank()) {
                org.junit.jupiter.api.Assertions.fail(xsd + " is missing: run src/test/schemas/fetch-junit-xsd.sh");
            }
            org.junit.jupiter.api.Assumptions.abort("no " + xsd + " (src/test/schemas/fetch-junit-xsd.sh fetches it)");
        }
        javax.xml.validation.SchemaFactory f =
                javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI);
        javax.xml.validation.Validator v = f.newSchema(xsd.toFile()).newValidator();
        String out = all("junit").out();
        assertTrue(out.contains("<failure") && out.contains("<error") && out.contains("<system-out>"),
                "the sample holds failures, errors and output");
        v.validate(new javax.xml.transform.stream.StreamSource(new java.io.StringReader(out)));
        // a threshold on a metric the article does not have (no NATO speaker) is a skipped case
        Path policy = tmp.resolve("skips.yaml");
        Files.writeString(policy, "version: 1\nthresholds:\n  - check: voice.nato.words <= 1000\n");
        String skipped = run("check", "--format", "junit", "--policy", policy.toString(), markdown.toString()).out();
        assertTrue(skipped.contains("<skipped"), skipped);
        v.validate(new javax.xml.transform.stream.StreamSource(new java.io.StringReader(skipped)));
    }

    @Test
    void junitXmlParsesWithOneSuitePerArticleAndTheExpectedCases() throws Exception {
        CliRun r = all("junit");
        Document doc = xml(r.out());
        Element root = doc.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        NodeList suites = doc.getElementsByTagName("testsuite");
        assertEquals(5 + 3 + 1, suites.getLength(), "5 seeds, 3 files, 1 unreadable");
        Element afp = null;
        for (int i = 0; i < suites.getLength(); i++) {
            Element s = (Element) suites.item(i);
            if (s.getAttribute("name").contains("001_")) {
                afp = s;
            }
        }
        List<String> names = new ArrayList<>();
        NodeList cases = afp.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            names.add(((Element) cases.item(i)).getAttribute("name"));
        }
        assertEquals(List.of("rules: terminology (narrator: warning, others: unset)", "threshold: label.narrator.per1k <= 2",
                "threshold: attribution.anonymous_share <= 0.5", "threshold: claims.unattributed <= 3"), names);
        // the AFP copy breaks the label threshold, but that breach is in the baseline: no failure
        assertEquals("0", afp.getAttribute("failures"));
        assertTrue(Integer.parseInt(property(afp, "baselined")) >= 3); // its 3 warnings and the label threshold
        Element telegraph = (Element) suites.item(0);
        assertEquals("4", telegraph.getAttribute("tests"));
        assertEquals("0", telegraph.getAttribute("failures"));
        int failures = 0;
        int total = 0;
        for (int i = 0; i < suites.getLength(); i++) {
            failures += Integer.parseInt(((Element) suites.item(i)).getAttribute("failures"));
            total += Integer.parseInt(((Element) suites.item(i)).getAttribute("tests"));
        }
        assertEquals(Integer.parseInt(root.getAttribute("failures")), failures);
        assertEquals(Integer.parseInt(root.getAttribute("tests")), total);
        assertTrue(failures >= 1, "the Markdown file breaks the label threshold: " + failures);
        assertEquals("1", root.getAttribute("errors"));
        assertTrue(r.out().contains("[suppressed: quoting the minister]"));
    }

    @Test
    void jsonValidatesAgainstTheCheckSchemaAndCountsEverything() throws Exception {
        CliRun r = all("json");
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(Set.of(), schema("/schema/check.schema.json").validate(j));
        assertEquals(2, j.path("exit_code").asInt());
        assertEquals(1, j.path("errors").size());
        JsonNode s = j.path("summary");
        assertEquals(1, s.path("suppressed").asInt());
        assertEquals("quoting the minister", s.path("suppressed_by_reason").get(0).path("reason").asText());
        assertTrue(s.path("baselined").asInt() >= 3);
        assertEquals(8, s.path("articles").asInt());
        // the same input gives the same bytes
        assertEquals(r.out(), all("json").out());
    }

    @Test
    void githubAnnotationsAreEscaped() throws Exception {
        // the hostile article alone: with every article, GitHub's ten annotations per level are used up before it
        Path bad = tmp.resolve("broken.txt");
        Files.write(bad, new byte[]{(byte) 0xC3, 0x28});
        CliRun r = run("check", "--format", "github", "--baseline", baseline.toString(), "--lexicon", lexicon.toString(),
                "--policy", Project.dir().resolve("src/test/resources/check/policies/thresholds.yaml").toString(),
                hostile.toString(), bad.toString());
        String[] lines = r.out().split("\n", -1);
        assertEquals("", lines[lines.length - 1]);
        for (int i = 0; i < lines.length - 1; i++) {
            String l = lines[i];
            assertTrue(l.matches("::(error|warning|notice) [^\\r]*::[^\\r]*"), l);
            String props = l.substring(l.indexOf(' ') + 1, l.indexOf("::", 2));
            for (String p : props.split(",")) {
                assertTrue(p.matches("(file|line|endLine|col|endColumn|title)=[^:,]*"), "property " + p + " in " + l);
            }
            assertFalse(l.chars().anyMatch(c -> Safe.dangerous((char) c)), l);
        }
        assertTrue(r.out().contains("file=" + GithubPrinter.property(hostile.toString()) + ","));
        assertTrue(r.out().contains("we%2Cird%3A 100%25"), r.out());
        // article text that would start a workflow command of its own stays inside the message
        assertTrue(r.out().contains("\u201c</testcase>\\u001B[2J%250A::x\u201d"), r.out());
        assertFalse(r.out().contains("pwned"), "a rule's rationale is not repeated on every annotation");
        assertTrue(r.out().contains("::notice title=slant check::1 article checked, 1 unreadable"), r.out());
        CliRun every = all("github");
        assertTrue(every.out().contains("::notice title=slant check::8 articles checked, 1 unreadable"), every.out());
        for (String level : List.of("error", "warning", "notice")) {
            long n = every.out().lines().filter(l -> l.startsWith("::" + level + " ")).count();
            assertTrue(n <= 10, n + " " + level + " annotations, more than GitHub shows in a step");
        }
        assertEquals("a%25b%0D%0Ac", GithubPrinter.data("a%b\r\nc"));
        assertEquals("a%3Ab%2Cc%25", GithubPrinter.property("a:b,c%"));
    }

    @Test
    void textIsOneLinePerIssueWithHostileTextNeutralised() throws Exception {
        CliRun r = all("text");
        String[] lines = r.out().split("\n");
        for (String l : lines) {
            assertFalse(l.chars().anyMatch(c -> Safe.dangerous((char) c)), l);
        }
        String last = lines[lines.length - 1];
        assertTrue(last.startsWith("slant check: 8 articles checked, 1 unreadable: "), last);
        assertTrue(r.out().contains("\\u001B[31m red \\u202Egnp.exe"), r.out());
        assertTrue(r.out().contains("\"\u201c</testcase>\\u001B[2J%0A::x\u201d\""), r.out());
        assertTrue(r.err().contains("broken.txt: invalid UTF-8"), r.err());
    }

    @Test
    void hostileTextSurvivesXmlAndJsonIntact() throws Exception {
        Document doc = xml(all("junit").out());
        String rationale = null;
        org.w3c.dom.NodeList props = doc.getElementsByTagName("property");
        for (int k = 0; k < props.getLength(); k++) {
            org.w3c.dom.Element e = (org.w3c.dom.Element) props.item(k);
            if (e.getAttribute("name").equals("rule loaded.zorkish")) {
                rationale = e.getAttribute("value");
            }
        }
        assertEquals("Ends </failure>]]><!-- & \"quotes\" %0A::error::pwned, 100% sure: \\u001B[31m red \\u202Egnp.exe",
                rationale != null ? rationale.substring(rationale.indexOf("Ends")) : null,
                "the rationale, once per suite as a property, with its control characters written out");
        JsonNode sarif = new ObjectMapper().readTree(all("sarif").out());
        boolean found = false;
        for (JsonNode rule : sarif.path("runs").get(0).path("tool").path("driver").path("rules")) {
            if (rule.path("id").asText().equals("loaded.zorkish")) {
                assertEquals(HOSTILE_RATIONALE, rule.path("help").path("text").asText());
                found = true;
            }
        }
        assertTrue(found);
        JsonNode j = new ObjectMapper().readTree(all("json").out());
        boolean snippet = false;
        for (JsonNode a : j.path("articles")) {
            for (JsonNode i : a.path("issues")) {
                if (i.path("text").asText().equals("\u201c</testcase>\u001b[2J%0A::x\u201d")) {
                    snippet = true;
                }
            }
        }
        assertTrue(snippet, "the scare-quoted hostile phrase is a finding, its text kept exactly");
    }

    static Document xml(String s) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
    }

    static String property(Element suite, String name) {
        NodeList props = suite.getElementsByTagName("property");
        for (int i = 0; i < props.getLength(); i++) {
            Element p = (Element) props.item(i);
            if (p.getAttribute("name").equals(name)) {
                return p.getAttribute("value");
            }
        }
        return null;
    }
}
