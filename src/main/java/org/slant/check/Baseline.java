package org.slant.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slant.config.ConfigNode;
import org.slant.config.ConfigReader;
import org.slant.config.Version;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private static final Set<String> TOP = Set.of("schema", "tool", "findings", "thresholds");
    private static final Set<String> FINDING = Set.of("file", "rule", "text", "context", "count");
    private static final Set<String> THRESHOLD = Set.of("file", "metric", "check", "value");

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

    /**
     * Reads a baseline strictly: JSON with a line:column for every error, unknown keys refused, every
     * field of its type (a baseline whose lists were strings used to read as empty, silently).
     */
    public static Baseline read(Path file) {
        String name = file.toString().replace('\\', '/');
        ConfigNode root = ConfigReader.readJson(file, name);
        String expected = "not a Slant baseline (expected \"schema\": \"" + SCHEMA + "\")";
        if (!root.isMap()) {
            throw root.error(expected);
        }
        ConfigNode schema = root.get("schema").orElseThrow(() -> root.error(expected));
        if (!schema.isScalar() || !SCHEMA.equals(schema.asString())) {
            throw schema.error(expected);
        }
        root.onlyKeys(TOP);
        root.get("tool").ifPresent(ConfigNode::asMap); // who wrote it: any mapping
        Map<FindingKey, Integer> findings = new HashMap<>();
        for (ConfigNode f : list(root, "findings")) {
            f.onlyKeys(FINDING);
            FindingKey k = new FindingKey(required(f, "file"), required(f, "rule"), required(f, "text"),
                    required(f, "context"));
            int count = f.get("count").map(c -> (int) number(c, true)).orElse(1);
            if (count < 1) {
                throw f.require("count").error("count must be at least 1");
            }
            findings.merge(k, count, Integer::sum);
        }
        Map<ThresholdKey, Double> thresholds = new HashMap<>();
        for (ConfigNode t : list(root, "thresholds")) {
            t.onlyKeys(THRESHOLD);
            thresholds.put(new ThresholdKey(required(t, "file"), required(t, "metric"), required(t, "check")),
                    number(t.require("value"), false));
        }
        return new Baseline(name, findings, thresholds);
    }

    private static List<ConfigNode> list(ConfigNode root, String key) {
        List<ConfigNode> items = root.require(key).asList();
        for (ConfigNode n : items) {
            if (!n.isMap()) {
                throw n.error("expected a mapping in '" + key + "', found " + n.describe());
            }
        }
        return items;
    }

    private static String required(ConfigNode n, String field) {
        return n.require(field).asText();
    }

    private static double number(ConfigNode n, boolean whole) {
        if (!n.describe().equals("a number")) {
            throw n.error("expected a number, found " + n.describe());
        }
        double d = n.asDouble();
        if (whole && (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE)) {
            throw n.error("expected a whole number, found " + n.asString());
        }
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw n.error("expected a finite number, found " + n.asString());
        }
        return d;
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
