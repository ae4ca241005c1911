package org.slant.config;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A compact binary form of a parsed YAML file: the node tree with each node's tag, value and line and
 * column, and nothing else. Reading it back is many times faster than parsing YAML in a JVM that has
 * just started, and gives the same {@link ConfigNode}s, so every later error still says file:line:column.
 * The built-in lexicons are stored this way at build time (see {@code LexiconCache}).
 */
public final class NodeCache {

    private static final int SCALAR = 0;
    private static final int SEQUENCE = 1;
    private static final int MAPPING = 2;
    private static final int[] NO_BUFFER = new int[0];

    private NodeCache() {
    }

    public static void write(ConfigNode root, DataOutput out) throws IOException {
        write(root.node(), out);
    }

    /** Reads a tree written by {@link #write}; {@code file} is the name its errors will give. */
    public static ConfigNode read(String file, DataInput in) throws IOException {
        return new ConfigNode(file, node(file, in));
    }

    private static void write(Node n, DataOutput out) throws IOException {
        Mark m = n.getStartMark();
        if (n instanceof ScalarNode s) {
            out.writeByte(SCALAR);
            marks(m, out);
            string(s.getTag().getValue(), out);
            string(s.getValue(), out);
        } else if (n instanceof SequenceNode s) {
            out.writeByte(SEQUENCE);
            marks(m, out);
            out.writeInt(s.getValue().size());
            for (Node c : s.getValue()) {
                write(c, out);
            }
        } else if (n instanceof MappingNode map) {
            out.writeByte(MAPPING);
            marks(m, out);
            out.writeInt(map.getValue().size());
            for (NodeTuple t : map.getValue()) {
                write(t.getKeyNode(), out);
                write(t.getValueNode(), out);
            }
        } else {
            throw new IOException("cannot cache a YAML node of type " + n.getNodeId());
        }
    }

    private static void marks(Mark m, DataOutput out) throws IOException {
        out.writeInt(m == null ? -1 : m.getLine());
        out.writeInt(m == null ? -1 : m.getColumn());
    }

    private static Node node(String file, DataInput in) throws IOException {
        int kind = in.readByte();
        int line = in.readInt();
        int column = in.readInt();
        Mark mark = line < 0 ? null : new Mark(file, 0, line, column, NO_BUFFER, 0);
        switch (kind) {
            case SCALAR -> {
                Tag tag = tag(string(in));
                return new ScalarNode(tag, string(in), mark, mark, DumperOptions.ScalarStyle.PLAIN);
            }
            case SEQUENCE -> {
                int n = in.readInt();
                List<Node> items = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    items.add(node(file, in));
                }
                return new SequenceNode(Tag.SEQ, true, items, mark, mark, DumperOptions.FlowStyle.AUTO);
            }
            case MAPPING -> {
                int n = in.readInt();
                List<NodeTuple> tuples = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    Node k = node(file, in);
                    tuples.add(new NodeTuple(k, node(file, in)));
                }
                return new MappingNode(Tag.MAP, true, tuples, mark, mark, DumperOptions.FlowStyle.AUTO);
            }
            default -> throw new IOException("corrupt node cache (node kind " + kind + ")");
        }
    }

    private static Tag tag(String value) {
        return switch (value) {
            case "tag:yaml.org,2002:str" -> Tag.STR;
            case "tag:yaml.org,2002:null" -> Tag.NULL;
            case "tag:yaml.org,2002:int" -> Tag.INT;
            case "tag:yaml.org,2002:bool" -> Tag.BOOL;
            case "tag:yaml.org,2002:float" -> Tag.FLOAT;
            default -> new Tag(value);
        };
    }

    private static void string(String s, DataOutput out) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 64 * 1024 * 1024) {
            throw new IOException("corrupt node cache (string of " + n + " bytes)");
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
