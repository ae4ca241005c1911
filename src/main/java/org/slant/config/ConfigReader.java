package org.slant.config;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads YAML or JSON (JSON is YAML) into {@link ConfigNode}s that know their line and column.
 * Uses SnakeYAML's node composer only: nothing in a file is ever turned into a Java object by type tag.
 */
public final class ConfigReader {

    private ConfigReader() {
    }

    public static ConfigNode read(Path path) {
        return read(path, path.toString());
    }

    public static ConfigNode read(Path path, String displayName) {
        return parse(displayName, text(path, displayName));
    }

    /** Reads a file that is JSON whatever its name (a baseline), strictly (see {@link JsonConfig}). */
    public static ConfigNode readJson(Path path, String displayName) {
        return JsonConfig.parse(displayName, text(path, displayName));
    }

    private static String text(Path path, String displayName) {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(path);
            text = org.slant.text.TextDecoder.decode(bytes);
        } catch (CharacterCodingException e) {
            throw new ConfigException(displayName + ":1:1", "not valid UTF-8 text");
        } catch (org.slant.text.UndecodableTextException e) {
            throw new ConfigException(displayName + ":1:1", e.getMessage());
        } catch (IOException e) {
            throw new ConfigException(displayName + ":1:1", "cannot read (" + oneLine(e.getMessage()) + ")");
        }
        return text;
    }

    /** Parses YAML, or strict JSON when the name ends in {@code .json} (see {@link JsonConfig}). */
    public static ConfigNode parse(String displayName, String text) {
        if (JsonConfig.isJson(displayName)) {
            return JsonConfig.parse(displayName, text);
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(64 * 1024 * 1024);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        try {
            Node root = yaml.compose(new StringReader(text));
            if (root == null) {
                throw new ConfigException(displayName + ":1:1", "the file is empty");
            }
            return new ConfigNode(displayName, root);
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = m == null ? "1:1" : (m.getLine() + 1) + ":" + (m.getColumn() + 1);
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new ConfigException(displayName + ":" + where, "malformed file: " + oneLine(problem));
        } catch (YAMLException e) {
            throw new ConfigException(displayName + ":1:1", "malformed file: " + oneLine(e.getMessage()));
        }
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }
}
