package org.slant.lexicon;

import org.slant.config.ConfigException;
import org.slant.config.ConfigNode;
import org.slant.config.ConfigReader;
import org.slant.config.NodeCache;
import org.slant.text.TextDecoder;
import org.slant.text.UndecodableTextException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The built-in lexicons, parsed once at build time: {@code lexicons/lexicons.cache} next to the YAML files
 * in the jar holds each file's parsed node tree ({@link NodeCache}). Parsing 400 KB of YAML was the
 * largest start-up cost of a command that analyses one article; reading the trees back is a fraction of
 * it. The cache records each file's name, length and CRC-32 and is used only when the files found still
 * match it one for one, so an edited or added lexicon is never hidden by a stale cache (it is parsed).
 * Lexicons go through the {@link LexiconLoader} checks either way; errors still say file:line:column.
 */
public final class LexiconCache {

    /** File name of the cache inside the lexicons resource folder. */
    public static final String NAME = "lexicons.cache";
    private static final long MAGIC = 0x534c414e544c4558L; // "SLANTLEX"
    private static final int VERSION = 1;

    /** One lexicon file as found: its display name ({@code lexicons/...}) and bytes. */
    public record Source(String name, byte[] bytes) {

        LexiconFile parse() {
            try {
                return LexiconLoader.fromNode(ConfigReader.parse(name, TextDecoder.decode(bytes)));
            } catch (UndecodableTextException | CharacterCodingException e) {
                throw new ConfigException(name + ":1:1: not valid UTF-8 text");
            }
        }
    }

    private LexiconCache() {
    }

    /** The lexicons from the cache, or null when there is none or it does not match the files one for one. */
    static List<LexiconFile> read(byte[] cache, List<Source> files) {
        if (cache == null) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(cache))) {
            if (in.readLong() != MAGIC || in.readInt() != VERSION || in.readInt() != files.size()) {
                return null;
            }
            for (Source f : files) {
                if (!in.readUTF().equals(f.name()) || in.readLong() != f.bytes().length || in.readLong() != crc(f.bytes())) {
                    return null;
                }
            }
            List<LexiconFile> out = new ArrayList<>(files.size());
            for (Source f : files) {
                out.add(LexiconLoader.fromNode(NodeCache.read(f.name(), in)));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return null; // a damaged cache is no worse than none: the YAML is parsed
        }
    }

    static boolean isLexicon(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    static String display(Path dir, Path p) {
        return "lexicons/" + dir.relativize(p).toString().replace('\\', '/');
    }

    /** The YAML files under a lexicons folder, in load order (by path, as in the jar). */
    static List<Path> yamlFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> isLexicon(p.toString()))
                    .sorted(Comparator.comparing(p -> display(dir, p)))
                    .toList();
        }
    }

    /** The cache of these files; each is parsed and checked, so a broken lexicon fails here with its location. */
    static byte[] build(List<Source> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeLong(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(files.size());
            List<ConfigNode> roots = new ArrayList<>();
            for (Source f : files) {
                out.writeUTF(f.name());
                out.writeLong(f.bytes().length);
                out.writeLong(crc(f.bytes()));
                roots.add(f.parse().root());
            }
            for (ConfigNode root : roots) {
                NodeCache.write(root, out);
            }
        }
        return bytes.toByteArray();
    }

    private static long crc(byte[] bytes) {
        CRC32 c = new CRC32();
        c.update(bytes);
        return c.getValue();
    }

    /** Build step: {@code LexiconCache CLASSES_DIR} writes {@code CLASSES_DIR/lexicons/lexicons.cache}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: LexiconCache CLASSES_DIR");
        }
        Path dir = Path.of(args[0]).resolve("lexicons");
        List<Source> files = new ArrayList<>();
        for (Path p : yamlFiles(dir)) {
            files.add(new Source(display(dir, p), Files.readAllBytes(p)));
        }
        Path tmp = Files.createTempFile(dir, NAME, ".tmp");
        try {
            Files.write(tmp, build(files));
            Files.move(tmp, dir.resolve(NAME), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
