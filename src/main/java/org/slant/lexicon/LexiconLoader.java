package org.slant.lexicon;

import org.slant.config.ConfigException;
import org.slant.config.ConfigNode;
import org.slant.config.ConfigReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks the common structure of a lexicon file:
 * <pre>
 * id: terminology/loaded          # stable lexicon id
 * version: 1.0.0
 * kind: terminology               # which extractor reads it
 * description: one paragraph
 * provenance: where the entries come from
 * entries:
 *   - id: loaded.bizarre          # stable rule id
 *     rationale: one line
 *     examples: {match: [...], no_match: [...]}
 *     ...                         # kind-specific fields
 * </pre>
 */
public final class LexiconLoader {

    private static final Set<String> HEADER = Set.of("id", "version", "kind", "description", "provenance",
            "license", "notes", "defaults", "entries", "categories", "conventions", "sets", "actors", "scopes");
    private static final Pattern ENTRY_ID = Pattern.compile("[a-z0-9][a-z0-9_.\\-]*");

    private LexiconLoader() {
    }

    public static LexiconFile load(Path path) {
        return fromNode(ConfigReader.read(path));
    }

    public static LexiconFile load(Path path, String displayName) {
        return fromNode(ConfigReader.read(path, displayName));
    }

    public static LexiconFile parse(String displayName, String text) {
        return fromNode(ConfigReader.parse(displayName, text));
    }

    /**
     * As {@link #load(Path, String)}, for {@code slant lexicon validate}: an entry with an error is left out and
     * its error added to {@code errors}, so that every error of every file is listed in one run, not the first
     * one only. Null when the file or its header cannot be read (that error is added too).
     */
    public static LexiconFile loadCollecting(Path path, String displayName, List<String> errors) {
        try {
            return fromNode(ConfigReader.read(path, displayName), errors);
        } catch (ConfigException e) {
            errors.add(e.getMessage().replaceAll("\\s+", " ").trim());
            return null;
        }
    }

    static LexiconFile fromNode(ConfigNode root) {
        return fromNode(root, null);
    }

    /** @param errors where entry errors go; null to throw the first one */
    private static LexiconFile fromNode(ConfigNode root, List<String> errors) {
        if (!root.isMap()) {
            throw root.error("a lexicon is a mapping with id, version, kind, description, provenance and entries");
        }
        root.onlyKeys(HEADER);
        String id = root.requireString("id");
        String version = root.requireString("version");
        String kind = root.requireString("kind");
        String description = root.requireString("description");
        String provenance = root.requireString("provenance");
        ConfigNode entriesNode = root.require("entries");
        List<LexiconEntry> entries = new ArrayList<>();
        Map<String, ConfigNode> seen = new HashMap<>();
        int bad = 0;
        for (ConfigNode e : entriesNode.asList()) {
            try {
                LexiconEntry entry = entry(e);
                ConfigNode before = seen.put(entry.id(), e);
                if (before != null) {
                    throw e.error("duplicate entry id '" + entry.id() + "' (first at line " + before.line() + ")");
                }
                entries.add(entry);
            } catch (ConfigException ex) {
                if (errors == null) {
                    throw ex;
                }
                errors.add(ex.getMessage().replaceAll("\\s+", " ").trim());
                bad++;
            }
        }
        if (entries.isEmpty() && bad > 0) {
            return new LexiconFile(root.file(), id, version, kind, description, provenance, entries, root);
        }
        if (entries.isEmpty()) {
            throw entriesNode.error("the lexicon has no entries");
        }
        return new LexiconFile(root.file(), id, version, kind, description, provenance, entries, root);
    }

    private static LexiconEntry entry(ConfigNode e) {
        if (!e.isMap()) {
            throw e.error("an entry is a mapping");
        }
        ConfigNode idNode = e.get("id").orElseThrow(() -> e.error("entry has no id"));
        String id = idNode.asString();
        if (!ENTRY_ID.matcher(id).matches()) {
            throw idNode.error("entry id '" + id + "' must be lower case letters, digits, '.', '_' or '-'");
        }
        String rationale = e.get("rationale").map(ConfigNode::asString).orElse("");
        if (rationale.isBlank()) {
            throw e.error("entry '" + id + "' has no rationale");
        }
        ConfigNode examples = e.get("examples").orElseThrow(() -> e.error("entry '" + id + "' has no examples"));
        examples.onlyKeys(Set.of("match", "no_match"));
        List<String> match = examples.get("match").map(ConfigNode::asStrings).orElse(List.of());
        List<String> noMatch = examples.get("no_match").map(ConfigNode::asStrings).orElse(List.of());
        if (match.isEmpty()) {
            throw examples.error("entry '" + id + "' needs at least one example that must match");
        }
        if (noMatch.isEmpty()) {
            throw examples.error("entry '" + id + "' needs at least one example that must not match");
        }
        return new LexiconEntry(id, rationale.trim(), match, noMatch, e);
    }

    /** Checks that a kind-specific field holds one of the allowed values. */
    public static String oneOf(ConfigNode node, String field, Set<String> allowed, String fallback) {
        String v = node.string(field, fallback);
        if (v == null || !allowed.contains(v)) {
            ConfigNode at = node.get(field).orElse(node);
            throw at.error("unknown " + field + " '" + v + "' (allowed: "
                    + String.join(", ", allowed.stream().sorted().toList()) + ")");
        }
        return v;
    }

    /** Fails with a located error. */
    public static ConfigException fail(ConfigNode at, String message) {
        return at.error(message);
    }
}
