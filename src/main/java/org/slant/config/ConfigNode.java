package org.slant.config;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A node of a YAML (or JSON) file that remembers where it is, so every error can say file:line:column.
 * Read-only; maps keep their file order and refuse duplicate keys.
 */
public final class ConfigNode {

    private final String file;
    private final Node node;
    private final Map<String, ConfigNode> map;

    ConfigNode(String file, Node node) {
        this.file = file;
        this.node = node;
        if (node.isTwoStepsConstruction()) {
            // SnakeYAML's mark for a node an alias inside it refers to: reading it would never end
            throw error("an alias refers to the mapping or list that holds it (a structure that contains itself)");
        }
        this.map = node instanceof MappingNode m ? buildMap(file, m) : null;
    }

    private static Map<String, ConfigNode> buildMap(String file, MappingNode m) {
        Map<String, ConfigNode> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                throw new ConfigNode(file, t.getKeyNode()).error("keys must be plain strings");
            }
            ConfigNode value = new ConfigNode(file, t.getValueNode());
            if (out.put(k.getValue(), value) != null) {
                throw new ConfigNode(file, k).error("duplicate key '" + k.getValue() + "'");
            }
        }
        return Collections.unmodifiableMap(out);
    }

    public String file() {
        return file;
    }

    /** The YAML node (for {@link NodeCache}). */
    Node node() {
        return node;
    }

    public int line() {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    public int column() {
        return node.getStartMark() == null ? 0 : node.getStartMark().getColumn() + 1;
    }

    /** {@code file:line:column} */
    public String location() {
        return file + ":" + line() + ":" + column();
    }

    public ConfigException error(String message) {
        return new ConfigException(location(), message);
    }

    public boolean isMap() {
        return map != null;
    }

    public boolean isList() {
        return node instanceof SequenceNode;
    }

    public boolean isScalar() {
        return node instanceof ScalarNode;
    }

    public boolean isNull() {
        return node instanceof ScalarNode s && "tag:yaml.org,2002:null".equals(s.getTag().getValue());
    }

    public Map<String, ConfigNode> asMap() {
        if (map == null) {
            throw error("expected a mapping");
        }
        return map;
    }

    public Set<String> keys() {
        return asMap().keySet();
    }

    public Optional<ConfigNode> get(String key) {
        ConfigNode v = asMap().get(key);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
    }

    public ConfigNode require(String key) {
        return get(key).orElseThrow(() -> error("missing '" + key + "'"));
    }

    /** Refuses keys outside the allowed set: a typo must not be silently ignored. */
    public ConfigNode onlyKeys(Set<String> allowed) {
        for (Map.Entry<String, ConfigNode> e : asMap().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw e.getValue().keyError("unknown key '" + e.getKey() + "' (allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
        return this;
    }

    private ConfigException keyError(String message) {
        // the value's position is as good a pointer as the key's, and always known
        return error(message);
    }

    public List<ConfigNode> asList() {
        if (!(node instanceof SequenceNode s)) {
            throw error("expected a list");
        }
        List<ConfigNode> out = new ArrayList<>(s.getValue().size());
        for (Node n : s.getValue()) {
            out.add(new ConfigNode(file, n));
        }
        return out;
    }

    /** A list, or a single scalar taken as a one-item list. */
    public List<ConfigNode> asListOrOne() {
        return isList() ? asList() : List.of(this);
    }

    public String asString() {
        if (!(node instanceof ScalarNode s) || isNull()) {
            throw error("expected a text value");
        }
        return s.getValue();
    }

    /**
     * A text value, strictly: a JSON string or a YAML scalar that is not a number, true/false or null (a
     * plain YAML date such as 2024-04-04 counts as text). For configs whose fields are all text (manifests),
     * where a number or a list in a text field is a mistake to report, not a value to stringify.
     */
    public String asText() {
        if (node instanceof ScalarNode s) {
            String tag = s.getTag().getValue();
            if (tag.equals(Tag.STR.getValue()) || tag.equals(Tag.TIMESTAMP.getValue())) {
                return s.getValue();
            }
        }
        throw error("expected text, found " + describe() + (isScalar() && !isNull() ? " (put it in quotes)" : ""));
    }

    /** The text at a key, or null when the key is absent or null. */
    public String text(String key) {
        return get(key).map(ConfigNode::asText).orElse(null);
    }

    /** What the node is, for messages: a mapping, a list, a number, true/false, null or text. */
    public String describe() {
        if (isMap()) {
            return "a mapping";
        }
        if (isList()) {
            return "a list";
        }
        if (isNull()) {
            return "null";
        }
        String tag = node.getTag().getValue();
        if (tag.equals(Tag.INT.getValue()) || tag.equals(Tag.FLOAT.getValue())) {
            return "a number";
        }
        if (tag.equals(Tag.BOOL.getValue())) {
            return "true/false";
        }
        return "text";
    }

    public List<String> asStrings() {
        List<String> out = new ArrayList<>();
        for (ConfigNode n : asListOrOne()) {
            out.add(n.asString());
        }
        return out;
    }

    public int asInt() {
        try {
            return Integer.parseInt(asString().trim());
        } catch (NumberFormatException e) {
            throw error("expected a whole number, found '" + asString() + "'");
        }
    }

    public double asDouble() {
        try {
            return Double.parseDouble(asString().trim());
        } catch (NumberFormatException e) {
            throw error("expected a number, found '" + asString() + "'");
        }
    }

    public boolean asBoolean() {
        String s = asString().trim();
        if (s.equals("true") || s.equals("false")) {
            return Boolean.parseBoolean(s);
        }
        throw error("expected true or false, found '" + s + "'");
    }

    public String string(String key, String fallback) {
        return get(key).map(ConfigNode::asString).orElse(fallback);
    }

    public String requireString(String key) {
        String s = require(key).asString();
        if (s.isBlank()) {
            throw require(key).error("'" + key + "' is empty");
        }
        return s;
    }
}
