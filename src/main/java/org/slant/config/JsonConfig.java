package org.slant.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads a {@code .json} config file with a real JSON parser into the same {@link ConfigNode}s YAML gives.
 * JSON read as YAML was too lenient: YAML takes a trailing comma in {@code {"a": 1,}}, so a broken
 * manifest.json passed silently. Here a trailing comma, a comment, a single-quoted string, a duplicate key
 * or text after the value is an error at {@code file:line:column}. The tree is built with an explicit stack
 * (no recursion), at most {@value #MAX_DEPTH} levels deep, as SnakeYAML allows.
 */
public final class JsonConfig {

    static final int MAX_DEPTH = 50;
    private static final DumperOptions.ScalarStyle PLAIN = DumperOptions.ScalarStyle.PLAIN;
    private static final DumperOptions.ScalarStyle QUOTED = DumperOptions.ScalarStyle.DOUBLE_QUOTED;
    private static final int[] NO_BUFFER = new int[0];
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonConfig() {
    }

    /** Whether a file is read as JSON (by its name). */
    public static boolean isJson(String displayName) {
        return displayName.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }

    public static ConfigNode parse(String displayName, String text) {
        try (JsonParser p = FACTORY.createParser(text)) {
            Node root = tree(displayName, p);
            if (root == null) {
                throw new ConfigException(displayName + ":1:1", "the file is empty");
            }
            if (p.nextToken() != null) {
                throw new ConfigException(where(displayName, p.currentTokenLocation()),
                        "malformed JSON: more after the end of the value");
            }
            return new ConfigNode(displayName, root);
        } catch (JsonProcessingException e) {
            String comma = trailingComma(text, e.getLocation());
            throw new ConfigException(where(displayName, e.getLocation()),
                    "malformed JSON: " + (comma != null ? comma : oneLine(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new ConfigException(displayName + ":1:1", "cannot read (" + oneLine(e.getMessage()) + ")");
        }
    }

    /** One open object or array: its node's children, and for an object the key waiting for its value. */
    private static final class Open {
        final List<Node> items;
        final List<NodeTuple> tuples;
        ScalarNode key;

        Open(List<Node> items, List<NodeTuple> tuples) {
            this.items = items;
            this.tuples = tuples;
        }
    }

    private static Node tree(String file, JsonParser p) throws IOException {
        Deque<Open> open = new ArrayDeque<>();
        Node root = null;
        JsonToken t;
        while ((t = p.nextToken()) != null) {
            Mark mark = mark(file, p.currentTokenLocation());
            Node node = null;
            switch (t) {
                case FIELD_NAME -> {
                    open.peek().key = new ScalarNode(Tag.STR, p.currentName(), mark, mark,
                            QUOTED);
                    continue;
                }
                case END_OBJECT, END_ARRAY -> {
                    open.pop();
                    if (open.isEmpty()) {
                        return root;
                    }
                    continue;
                }
                case START_OBJECT -> node = new MappingNode(Tag.MAP, true, new ArrayList<>(), mark, mark,
                        DumperOptions.FlowStyle.FLOW);
                case START_ARRAY -> node = new SequenceNode(Tag.SEQ, true, new ArrayList<>(), mark, mark,
                        DumperOptions.FlowStyle.FLOW);
                case VALUE_STRING -> node = scalar(Tag.STR, p.getText(), mark, QUOTED);
                case VALUE_NUMBER_INT -> node = scalar(Tag.INT, p.getText(), mark, PLAIN);
                case VALUE_NUMBER_FLOAT -> node = scalar(Tag.FLOAT, p.getText(), mark, PLAIN);
                case VALUE_TRUE, VALUE_FALSE -> node = scalar(Tag.BOOL, p.getText(), mark, PLAIN);
                case VALUE_NULL -> node = scalar(Tag.NULL, "null", mark, PLAIN);
                default -> throw new ConfigException(where(file, p.currentTokenLocation()), "unexpected token " + t);
            }
            Open parent = open.peek();
            if (parent == null) {
                root = node;
            } else if (parent.tuples != null) {
                parent.tuples.add(new NodeTuple(parent.key, node));
            } else {
                parent.items.add(node);
            }
            if (node instanceof MappingNode m) {
                open.push(new Open(null, m.getValue()));
            } else if (node instanceof SequenceNode s) {
                open.push(new Open(s.getValue(), null));
            } else if (parent == null) {
                return root;
            }
            if (open.size() > MAX_DEPTH) {
                throw new ConfigException(where(file, p.currentTokenLocation()),
                        "nested deeper than " + MAX_DEPTH + " levels");
            }
        }
        return root;
    }

    /** The commonest slip, said plainly: a comma before the closing bracket (YAML allows it, JSON does not). */
    private static String trailingComma(String text, JsonLocation l) {
        long at = l == null ? -1 : l.getCharOffset();
        if (at < 0 || at >= text.length() || (text.charAt((int) at) != '}' && text.charAt((int) at) != ']')) {
            return null;
        }
        int i = (int) at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        boolean comma = i >= 0 && text.charAt(i) == ',';
        return comma ? "a comma before '" + text.charAt((int) at) + "' (JSON allows no trailing comma)" : null;
    }

    private static ScalarNode scalar(Tag tag, String value, Mark mark, DumperOptions.ScalarStyle style) {
        return new ScalarNode(tag, value, mark, mark, style);
    }

    private static Mark mark(String file, JsonLocation l) {
        int line = Math.max(0, l.getLineNr() - 1);
        int column = Math.max(0, l.getColumnNr() - 1);
        return new Mark(file, 0, line, column, NO_BUFFER, 0);
    }

    static String where(String file, JsonLocation l) {
        return l == null ? file + ":1:1" : file + ":" + Math.max(1, l.getLineNr()) + ":" + Math.max(1, l.getColumnNr());
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }
}
