package org.slant.check;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slant.model.AnalysisError;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SARIF 2.1.0, for code-scanning upload (GitHub, Azure DevOps, IDE viewers). One run; the driver's rules
 * are the rules, thresholds and marker checks that occur, each rule's help text the lexicon entry's
 * rationale. Results carry regions (lines, UTF-16 columns, char offsets and a snippet); suppressed
 * findings carry an {@code inSource} suppression with the marker's reason, baselined ones an
 * {@code external} suppression and {@code baselineState: unchanged}, so code scanning shows neither as
 * open and both are still counted. A partial fingerprint (rule, text, context) lets viewers follow a
 * finding across edits.
 */
final class SarifPrinter implements CheckPrinter {

    static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

    /** The tool's home page for {@code informationUri}, or null to leave the field out. */
    private final String home;

    /** With the home page the build recorded ({@code slant.url}: the release workflow sets it to the repository). */
    SarifPrinter() {
        this(org.slant.config.Version.url());
    }

    SarifPrinter(String home) {
        this.home = home;
    }

    @Override
    public void print(CheckReport report, Vocabulary vocabulary, PrintWriter out) {
        ObjectNode root = Json.object();
        root.put("$schema", SCHEMA_URI);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "slant");
        driver.put("version", report.toolVersion());
        driver.put("semanticVersion", report.toolVersion());
        if (home != null) {
            driver.put("informationUri", home);
        }
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        Map<String, Integer> artifactIndex = new LinkedHashMap<>();
        ArrayNode artifacts = run.putArray("artifacts");
        ArrayNode results = run.putArray("results");
        for (ArticleCheck a : report.articles()) {
            int art = artifactIndex.computeIfAbsent(a.path(), p -> {
                ObjectNode o = artifacts.addObject();
                o.putObject("location").put("uri", uri(p));
                o.put("mimeType", mime(a.format()));
                return artifactIndex.size();
            });
            for (Issue i : a.issues()) {
                int ri = ruleIndex.computeIfAbsent(i.rule(), r -> {
                    rule(rules.addObject(), i, vocabulary);
                    return ruleIndex.size();
                });
                result(results.addObject(), a, i, ri, art, report.baseline() != null);
            }
        }
        run.put("columnKind", "utf16CodeUnits");
        ObjectNode inv = run.putArray("invocations").addObject();
        inv.put("executionSuccessful", report.exitCode() != CheckReport.ERROR);
        inv.put("exitCode", report.exitCode());
        ArrayNode notes = inv.putArray("toolExecutionNotifications");
        for (AnalysisError e : report.errors()) {
            ObjectNode n = notes.addObject();
            n.put("level", "error");
            n.putObject("message").put("text", e.message());
            n.putArray("locations").addObject().putObject("physicalLocation").putObject("artifactLocation")
                    .put("uri", uri(e.file()));
        }
        run.putObject("properties").put("policy", report.policy()).put("summary", report.summaryLine());
        out.print(Json.pretty(root));
        out.flush();
    }

    private static void rule(ObjectNode r, Issue i, Vocabulary v) {
        r.put("id", i.rule());
        String shortText;
        String help;
        if (i.type() == Issue.Type.THRESHOLD) {
            shortText = "Threshold on the metric " + i.rule();
            help = "The policy sets a limit on the article metric " + i.rule() + " (" + i.threshold().expression()
                    + ", " + i.threshold().where() + "). See the README's metric list for what it measures.";
        } else if (i.type() == Issue.Type.MARKER) {
            shortText = "Suppression marker problem";
            help = "A slant-disable marker names something Slant does not know, or a marker word is misspelt: "
                    + "the findings it meant to suppress are still reported.";
        } else {
            String rationale = v.rationale(i.rule());
            shortText = i.kind() + ": " + i.rule();
            help = rationale == null || rationale.isBlank() ? "Finding of kind " + i.kind() + "." : rationale;
        }
        r.putObject("shortDescription").put("text", shortText);
        r.putObject("fullDescription").put("text", help);
        r.putObject("help").put("text", help);
        r.putObject("properties").putArray("tags").add("slant").add(i.kind());
    }

    private static void result(ObjectNode o, ArticleCheck a, Issue i, int ruleIndex, int artifact, boolean baseline) {
        o.put("ruleId", i.rule());
        o.put("ruleIndex", ruleIndex);
        o.put("level", level(i.severity()));
        o.putObject("message").put("text", i.message());
        ObjectNode phys = o.putArray("locations").addObject().putObject("physicalLocation");
        phys.putObject("artifactLocation").put("uri", uri(a.path())).put("index", artifact);
        Location at = a.location(i);
        ObjectNode region = phys.putObject("region");
        region.put("startLine", at.line());
        if (at.exact()) {
            region.put("startColumn", at.column());
            region.put("endLine", at.endLine());
            region.put("endColumn", at.endColumn());
            region.put("charOffset", at.offset());
            region.put("charLength", at.length());
            if (i.type() == Issue.Type.FINDING) {
                region.putObject("snippet").put("text", i.text());
            }
        }
        if (i.type() == Issue.Type.FINDING) {
            o.putObject("partialFingerprints").put("slantFinding/v1", fingerprint(a.baselineKey(), i));
        }
        if (i.status() == Issue.Status.SUPPRESSED) {
            ObjectNode s = o.putArray("suppressions").addObject();
            s.put("kind", "inSource");
            s.put("status", "accepted");
            s.put("justification", i.reason().isEmpty() ? CheckReport.NO_REASON : i.reason());
        } else if (i.status() == Issue.Status.BASELINED || i.status() == Issue.Status.UNCHANGED) {
            ObjectNode s = o.putArray("suppressions").addObject();
            s.put("kind", "external");
            s.put("status", "accepted");
            s.put("justification", i.reason());
        }
        if (baseline) {
            o.put("baselineState", i.status() == Issue.Status.BASELINED ? "unchanged" : "new");
        }
        ObjectNode props = o.putObject("properties");
        props.put("severity", i.severity().id());
        props.put("status", i.status().id());
        props.put("kind", i.kind());
        if (i.type() == Issue.Type.FINDING) {
            props.put("voice", i.voice().id());
            props.put("rawStart", i.finding().start());
            props.put("rawEnd", i.finding().end());
        }
        if (i.threshold() != null) {
            props.put("metric", i.threshold().metric());
            props.put("value", i.value());
            props.put("limit", i.threshold().limit());
            props.put("check", i.threshold().expression());
        }
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            default -> "note";
        };
    }

    /** A relative URI reference for a relative path (percent-encoded), a file: URI for an absolute one. */
    static String uri(String path) {
        String p = Glob.normalize(path);
        if (p.startsWith("/")) {
            return Path.of(p).toUri().toASCIIString();
        }
        try {
            return new URI(null, null, p, null).toASCIIString();
        } catch (URISyntaxException e) {
            return p.replace(" ", "%20");
        }
    }

    private static String mime(String format) {
        return switch (format) {
            case "md" -> "text/markdown";
            case "html" -> "text/html";
            case "jsonl" -> "application/jsonl";
            default -> "text/plain";
        };
    }

    private static String fingerprint(String file, Issue i) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            byte[] h = d.digest((file + "\u0000" + i.rule() + "\u0000" + i.text() + "\u0000" + i.context())
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
