package org.slant.lexicon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The lexicons in use: the built-in ones (shipped in the jar under {@code lexicons/}, the same files as
 * the project's {@code lexicons/} folder) plus any the user adds with {@code --lexicon FILE}. Files are
 * ordered by path so that compilation, and so every output, is deterministic.
 */
public final class Lexicons {

    private static volatile List<LexiconFile> builtIn;

    private static volatile Lexicons standard;

    private final List<LexiconFile> files;
    private final Map<String, Object> compiled = new java.util.concurrent.ConcurrentHashMap<>();

    public Lexicons(List<LexiconFile> files) {
        this.files = List.copyOf(files);
    }

    /** The built-in lexicons only (one shared instance, so each kind compiles once per JVM). */
    public static Lexicons standard() {
        Lexicons s = standard;
        if (s == null) {
            synchronized (Lexicons.class) {
                if (standard == null) {
                    standard = new Lexicons(builtIn());
                }
                s = standard;
            }
        }
        return s;
    }

    /** The built-in lexicons plus user files, which come last and so override entries with the same id. */
    public static Lexicons withUserFiles(List<Path> userFiles) {
        if (userFiles.isEmpty()) {
            return standard();
        }
        List<LexiconFile> all = new ArrayList<>(builtIn());
        for (Path p : userFiles) {
            all.add(LexiconLoader.load(p));
        }
        return new Lexicons(all);
    }

    public List<LexiconFile> files() {
        return files;
    }

    public List<LexiconFile> ofKind(String kind) {
        return files.stream().filter(f -> f.kind().equals(kind)).toList();
    }

    /** The compiled form of a kind, compiled once per instance. */
    @SuppressWarnings("unchecked")
    public <C> C compile(LexiconKind<C> kind) {
        return (C) compiled.computeIfAbsent(kind.kind(), k -> kind.compile(ofKind(k)));
    }

    /** Loads every {@code .yaml} lexicon under the {@code lexicons/} resource folder, once per JVM. */
    public static List<LexiconFile> builtIn() {
        List<LexiconFile> b = builtIn;
        if (b == null) {
            synchronized (Lexicons.class) {
                if (builtIn == null) {
                    builtIn = loadBuiltIn();
                }
                b = builtIn;
            }
        }
        return b;
    }

    private static List<LexiconFile> loadBuiltIn() {
        URL url = Lexicons.class.getClassLoader().getResource("lexicons");
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return loadTree(fs.getPath("/lexicons"));
            }
            return loadTree(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot list built-in lexicons: " + e.getMessage(), e));
        }
    }

    private static List<LexiconFile> loadTree(Path dir) throws IOException {
        List<LexiconFile> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> paths = s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted(Comparator.comparing(p -> dir.relativize(p).toString()))
                    .toList();
            for (Path p : paths) {
                String display = "lexicons/" + dir.relativize(p).toString().replace('\\', '/');
                out.add(LexiconLoader.load(p, display));
            }
        }
        return out;
    }
}
