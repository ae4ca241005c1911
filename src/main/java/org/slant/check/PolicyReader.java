package org.slant.check;

import org.slant.config.ConfigNode;
import org.slant.config.ConfigReader;
import org.slant.files.PathFence;
import org.slant.model.Voice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a policy file (YAML or JSON; the format is in the README and in
 * {@code schema/policy.schema.json}). Reading happens in two steps: the structure first (so the extra
 * lexicons are known), then, once the pipeline with those lexicons exists, every metric, rule and kind
 * name is checked against its declarations. Every error says {@code file:line:column}; an unknown key or
 * name is an error, never ignored.
 */
public final class PolicyReader {

    /** Where the default policy is, inside the jar. */
    public static final String DEFAULT_RESOURCE = "/check/default-policy.yaml";

    private static final Set<String> TOP = Set.of("version", "description", "default", "lexicons", "rules",
            "thresholds", "overrides");
    private static final Set<String> OVERRIDE = Set.of("files", "rules", "thresholds", "description");
    private static final Set<String> THRESHOLD = Set.of("check", "severity", "files", "description");

    private record RawThreshold(ConfigNode check, String metric, Op op, double limit, String limitText,
                                Severity severity, List<Glob> files) {
    }

    private record Part(List<Glob> files, ConfigNode rules, List<RawThreshold> thresholds) {
    }

    private final String source;
    private final Severity fallback;
    private final List<Path> lexicons = new ArrayList<>();
    private final List<Part> parts = new ArrayList<>();

    private PolicyReader(String source, ConfigNode root, Path baseDir, PathFence fence) {
        this.source = source;
        if (!root.isMap()) {
            throw root.error("a policy is a mapping with rules, thresholds, lexicons and overrides");
        }
        root.onlyKeys(TOP);
        root.text("description"); // free text, but text: a list or a mapping there is a mistake
        root.get("version").ifPresent(v -> {
            if (!v.asString().equals("1")) {
                throw v.error("unsupported policy version '" + v.asString() + "' (this Slant reads version 1)");
            }
        });
        this.fallback = root.get("default").map(PolicyReader::severity).orElse(Severity.OFF);
        root.get("lexicons").ifPresent(l -> l.asListOrOne().forEach(n -> {
            String p = n.asString();
            if (p.isBlank()) {
                throw n.error("empty lexicon path");
            }
            lexicons.add(baseDir == null ? Path.of(p) : fence.resolve(baseDir, p, n));
        }));
        parts.add(part(root, List.of()));
        root.get("overrides").ifPresent(o -> {
            for (ConfigNode n : o.asList()) {
                if (!n.isMap()) {
                    throw n.error("an override is a mapping with files and rules or thresholds");
                }
                n.onlyKeys(OVERRIDE);
                n.text("description");
                parts.add(part(n, globs(n.require("files"))));
            }
        });
    }

    /** Reads a policy file; its lexicon paths are resolved against its folder and must stay inside it. */
    public static PolicyReader read(Path file) {
        return read(file, PathFence.OWN_FOLDER);
    }

    /** Reads a policy file whose lexicon paths must stay inside its folder or the inputs the fence knows. */
    public static PolicyReader read(Path file, PathFence fence) {
        String display = file.toString().replace('\\', '/');
        Path dir = file.toAbsolutePath().getParent();
        return new PolicyReader(display, ConfigReader.read(file, display), dir, fence);
    }

    /** Reads policy text (tests, and the default policy). */
    public static PolicyReader parse(String displayName, String text, Path baseDir) {
        return new PolicyReader(displayName, ConfigReader.parse(displayName, text), baseDir, PathFence.OWN_FOLDER);
    }

    /** The default policy shipped in the jar. */
    public static PolicyReader defaultPolicy() {
        return parse("default", defaultPolicyText(), null);
    }

    public static String defaultPolicyText() {
        try (InputStream in = PolicyReader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the default policy is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Extra lexicon files the policy names, to load before the names are checked. */
    public List<Path> lexicons() {
        return List.copyOf(lexicons);
    }

    /** The policy, with every name checked against what the pipeline declares. */
    public Policy resolve(Vocabulary vocabulary) {
        List<RuleSetting> rules = new ArrayList<>();
        List<Threshold> thresholds = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.rules() != null) {
                for (Map.Entry<String, ConfigNode> e : p.rules().asMap().entrySet()) {
                    rules.add(setting(e.getKey(), e.getValue(), p.files(), vocabulary));
                }
            }
            for (RawThreshold t : p.thresholds()) {
                if (!vocabulary.isMetric(t.metric())) {
                    throw t.check().error("unknown metric '" + t.metric() + "'" + hint(vocabulary.nearMetrics(t.metric())));
                }
                thresholds.add(new Threshold(t.metric(), t.op(), t.limit(), t.limitText(), t.severity(),
                        t.files().isEmpty() ? p.files() : t.files(), t.check().location(), k));
            }
        }
        return new Policy(source, rules, thresholds, lexicons, fallback);
    }

    private Part part(ConfigNode n, List<Glob> files) {
        ConfigNode rules = n.get("rules").orElse(null);
        if (rules != null && !rules.isMap()) {
            throw rules.error("rules is a mapping from a rule id, finding kind or extractor to a severity");
        }
        List<RawThreshold> thresholds = new ArrayList<>();
        n.get("thresholds").ifPresent(t -> t.asList().forEach(x -> {
            RawThreshold raw = threshold(x);
            if (!files.isEmpty() && !raw.files().isEmpty()) {
                throw x.error("a threshold inside an override takes the override's files; give it its own override instead");
            }
            thresholds.add(raw);
        }));
        return new Part(files, rules, thresholds);
    }

    private static RawThreshold threshold(ConfigNode n) {
        ConfigNode check = n;
        Severity severity = Severity.ERROR;
        List<Glob> files = List.of();
        if (n.isMap()) {
            n.onlyKeys(THRESHOLD);
            n.text("description");
            check = n.require("check");
            severity = n.get("severity").map(PolicyReader::severity).orElse(Severity.ERROR);
            files = n.get("files").map(PolicyReader::globs).orElse(List.of());
        }
        String text = check.asString();
        int at = -1;
        Op op = null;
        for (int i = 0; i < text.length() && op == null; i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '>' || c == '=' || c == '!') {
                at = i;
                boolean two = i + 1 < text.length() && text.charAt(i + 1) == '=';
                op = Op.of(two ? text.substring(i, i + 2) : text.substring(i, i + 1));
                if (op == null) {
                    throw check.error("bad threshold '" + text + "': the operator is one of <, <=, >, >=, ==, !=");
                }
            }
        }
        if (op == null) {
            throw check.error("bad threshold '" + text + "': write it as 'metric <= limit' (operators <, <=, >, >=, ==, !=)");
        }
        String metric = text.substring(0, at).trim();
        String limitText = text.substring(at + op.symbol().length()).trim();
        if (metric.isEmpty() || metric.contains(" ")) {
            throw check.error("bad threshold '" + text + "': expected one metric name before '" + op.symbol() + "'");
        }
        double limit;
        try {
            limit = Double.parseDouble(limitText);
        } catch (NumberFormatException e) {
            throw check.error("bad threshold '" + text + "': the limit '" + limitText + "' is not a number");
        }
        if (Double.isNaN(limit) || Double.isInfinite(limit)) {
            throw check.error("bad threshold '" + text + "': the limit must be a finite number");
        }
        return new RawThreshold(check, metric, op, limit, limitText, severity, files);
    }

    private static RuleSetting setting(String selector, ConfigNode value, List<Glob> files, Vocabulary v) {
        Vocabulary.Kind kind = v.kindOf(selector);
        if (kind == null) {
            String what = v.isMetric(selector) ? " (a metric: use it under thresholds)" : hint(v.nearSelectors(selector));
            throw value.error("unknown rule, finding kind or extractor '" + selector + "'" + what);
        }
        Severity all = null;
        Map<Voice, Severity> byVoice = new EnumMap<>(Voice.class);
        if (value.isMap()) {
            for (Map.Entry<String, ConfigNode> e : value.asMap().entrySet()) {
                Severity s = severity(e.getValue());
                if (e.getKey().equals("default")) {
                    all = s;
                    continue;
                }
                Voice voice = voice(e.getKey());
                if (voice == null) {
                    throw e.getValue().error("unknown voice '" + e.getKey() + "' (allowed: narrator, quoted, reported, none, default)");
                }
                byVoice.put(voice, s);
            }
        } else {
            all = severity(value);
        }
        return new RuleSetting(selector, kind, all, byVoice, files, value.location());
    }

    private static Voice voice(String id) {
        for (Voice v : Voice.values()) {
            if (v.id().equals(id)) {
                return v;
            }
        }
        return null;
    }

    static Severity severity(ConfigNode n) {
        Severity s = n.isScalar() ? Severity.of(n.asString()) : null;
        if (s == null) {
            throw n.error("unknown severity '" + (n.isScalar() ? n.asString() : "?") + "' (allowed: " + Severity.ids() + ")");
        }
        return s;
    }

    private static List<Glob> globs(ConfigNode n) {
        List<Glob> out = new ArrayList<>();
        for (ConfigNode g : n.asListOrOne()) {
            try {
                out.add(Glob.of(g.asString()));
            } catch (IllegalArgumentException e) {
                throw g.error("bad glob '" + g.asString() + "': " + e.getMessage());
            }
        }
        if (out.isEmpty()) {
            throw n.error("files needs at least one glob");
        }
        return out;
    }

    private static String hint(List<String> near) {
        return near.isEmpty() ? "" : " (did you mean " + String.join(", ", near) + "?)";
    }
}
