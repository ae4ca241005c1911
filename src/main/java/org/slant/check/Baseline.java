package org.slant.check;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slant.Version;
import org.slant.config.ConfigException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The issues an earlier run accepted, so that {@code --baseline} reports only new ones. Findings are
 * matched by file, rule, text and context (the words around them), never by offset, so an edit elsewhere
 * in an article does not bring its old findings back; a finding that occurs n times in the baseline
 * matches at most n times. A broken threshold matches when the baseline holds the same threshold for the
 * file and the value is no worse than it was.
 */
public final class Baseline {

    public static final String SCHEMA = "slant/baseline/v1";

    record FindingKey(String file, String rule, String text, String context) {
    }

    record ThresholdKey(String file, String metric, String check) {
    }

    private final String source;
    private final Map<FindingKey, Integer> findings;
    private final Map<ThresholdKey, Double> thresholds;

    private Baseline(String source, Map<FindingKey, Integer> findings, Map<ThresholdKey, Double> thresholds) {
        this.source = source;
        this.findings = findings;
        this.thresholds = thresholds;
    }

    public String source() {
        return source;
    }

    public int size() {
        return findings.values().stream().mapToInt(Integer::intValue).sum() + thresholds.size();
    }

    /** Matches one article's issues, consuming baseline entries as it goes. */
    final class Matcher {
        private final String file;
        private final Map<FindingKey, Integer> left = new HashMap<>();

        Matcher(String file) {
            this.file = file;
        }

        boolean matches(Issue i) {
            if (i.type() == Issue.Type.FINDING) {
                FindingKey k = new FindingKey(file, i.rule(), i.text(), i.context());
                int have = left.computeIfAbsent(k, x -> findings.getOrDefault(x, 0));
                if (have > 0) {
                    left.put(k, have - 1);
                    return true;
                }
                return false;
            }
            if (i.type() == Issue.Type.THRESHOLD) {
                Double was = thresholds.get(new ThresholdKey(file, i.rule(), i.threshold().expression()));
                return was != null && !worse(i.threshold(), i.value(), was);
            }
            return false;
        }
    }

    Matcher matcher(String file) {
        return new Matcher(file);
    }

    /** Whether a value is further from meeting the threshold than the recorded one. */
    static boolean worse(Threshold t, double now, double was) {
        return switch (t.op()) {
            case LT, LE -> now > was;
            case GT, GE -> now < was;
            case EQ, NE -> now != was;
        };
    }

    public static Baseline read(Path file) {
        String name = file.toString().replace('\\', '/');
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            String where = l == null ? "1:1" : l.getLineNr() + ":" + l.getColumnNr();
            throw new ConfigException(name + ":" + where + ": malformed baseline: " + e.getOriginalMessage().replaceAll("\\s+", " "));
        } catch (IOException e) {
            throw new ConfigException(name + ":1:1: cannot read the baseline (" + e.getMessage() + ")");
        }
        if (root == null || !root.isObject() || !SCHEMA.equals(root.path("schema").asText())) {
            throw new ConfigException(name + ":1:1: not a Slant baseline (expected \"schema\": \"" + SCHEMA + "\")");
        }
        Map<FindingKey, Integer> findings = new HashMap<>();
        int i = 0;
        for (JsonNode f : root.path("findings")) {
            String where = name + ": findings[" + i++ + "]: ";
            FindingKey k = new FindingKey(text(f, "file", where), text(f, "rule", where), text(f, "text", where),
                    text(f, "context", where));
            int count = f.path("count").asInt(1);
            if (count < 1) {
                throw new ConfigException(where + "count must be at least 1");
            }
            findings.merge(k, count, Integer::sum);
        }
        Map<ThresholdKey, Double> thresholds = new HashMap<>();
        i = 0;
        for (JsonNode t : root.path("thresholds")) {
            String where = name + ": thresholds[" + i++ + "]: ";
            if (!t.path("value").isNumber()) {
                throw new ConfigException(where + "missing the number 'value'");
            }
            thresholds.put(new ThresholdKey(text(t, "file", where), text(t, "metric", where), text(t, "check", where)),
                    t.path("value").asDouble());
        }
        return new Baseline(name, findings, thresholds);
    }

    private static String text(JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new ConfigException(where + "missing the text '" + field + "'");
        }
        return v.asText();
    }

    /** Writes what the report shows (reported and baselined issues; not suppressed ones), atomically. */
    public static int write(CheckReport report, Path file) throws IOException {
        Map<FindingKey, Integer> findings = new TreeMap<>(java.util.Comparator.comparing(FindingKey::file)
                .thenComparing(FindingKey::rule).thenComparing(FindingKey::text).thenComparing(FindingKey::context));
        List<ObjectNode> thresholds = new ArrayList<>();
        ObjectMapper json = Json.MAPPER;
        for (ArticleCheck a : report.articles()) {
            for (Issue i : a.issues()) {
                if (i.status() == Issue.Status.SUPPRESSED) {
                    continue;
                }
                if (i.type() == Issue.Type.FINDING) {
                    findings.merge(new FindingKey(a.baselineKey(), i.rule(), i.text(), i.context()), 1, Integer::sum);
                } else if (i.type() == Issue.Type.THRESHOLD) {
                    ObjectNode t = json.createObjectNode();
                    t.put("file", a.baselineKey());
                    t.put("metric", i.rule());
                    t.put("check", i.threshold().expression());
                    t.put("value", i.value());
                    thresholds.add(t);
                }
            }
        }
        ObjectNode root = json.createObjectNode();
        root.put("schema", SCHEMA);
        root.putObject("tool").put("name", "slant").put("version", Version.get());
        ArrayNode fa = root.putArray("findings");
        int total = 0;
        for (Map.Entry<FindingKey, Integer> e : findings.entrySet()) {
            FindingKey k = e.getKey();
            fa.addObject().put("file", k.file()).put("rule", k.rule()).put("text", k.text())
                    .put("context", k.context()).put("count", e.getValue());
            total += e.getValue();
        }
        ArrayNode ta = root.putArray("thresholds");
        thresholds.forEach(ta::add);
        String text = json.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        Path abs = file.toAbsolutePath();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".baseline", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return total + thresholds.size();
    }
}
