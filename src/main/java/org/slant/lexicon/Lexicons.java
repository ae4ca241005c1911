package org.slant.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

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
        // A command asks more than once for the same files (check: for the policy's names, then for the
        // analysis; report and exercises: for the analysis, then for the page): the last set is kept, so its
        // kinds are compiled once, unless a file changed in between.
        List<Stamp> stamps = new ArrayList<>();
        for (Path p : userFiles) {
            stamps.add(Stamp.of(p));
        }
        synchronized (Lexicons.class) {
            if (lastUser != null && lastUser.stamps().equals(stamps)) {
                return lastUser.lexicons();
            }
        }
        List<LexiconFile> all = new ArrayList<>(builtIn());
        for (Path p : userFiles) {
            all.add(LexiconLoader.load(p));
        }
        Lexicons made = new Lexicons(all);
        synchronized (Lexicons.class) {
            lastUser = new UserSet(stamps, made);
        }
        return made;
    }

    /** A user lexicon file as it was read: its path, size and modification time. */
    private record Stamp(Path path, long size, long modified) {
        static Stamp of(Path p) {
            try {
                return new Stamp(p.toAbsolutePath().normalize(), java.nio.file.Files.size(p),
                        java.nio.file.Files.getLastModifiedTime(p).toMillis());
            } catch (java.io.IOException e) {
                return new Stamp(p.toAbsolutePath().normalize(), -1, -1); // the loader reports it
            }
        }
    }

    private record UserSet(List<Stamp> stamps, Lexicons lexicons) {
    }

    private static UserSet lastUser;

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
            Found found = "jar".equals(url.getProtocol()) ? inJar(url) : inFolder(url);
            List<LexiconFile> cached = LexiconCache.read(found.cache(), found.files());
            if (cached != null) {
                return cached;
            }
            // parsed on all cores (start-up time); the list keeps the sorted order
            return found.files().parallelStream().map(LexiconCache.Source::parse).toList();
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot list built-in lexicons: " + e.getMessage(), e));
        }
    }

    /** The built-in lexicon files in load order, and the build's cache of them (null when absent). */
    private record Found(List<LexiconCache.Source> files, byte[] cache) {
    }

    /** Reads the jar's lexicons through the class loader's own open jar (a zip file system costs more). */
    private static Found inJar(URL url) throws IOException {
        JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile();
        List<JarEntry> entries = new ArrayList<>();
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
            JarEntry j = e.nextElement();
            if (!j.isDirectory() && j.getName().startsWith("lexicons/") && LexiconCache.isLexicon(j.getName())) {
                entries.add(j);
            }
        }
        entries.sort(Comparator.comparing(JarEntry::getName));
        List<LexiconCache.Source> files = new ArrayList<>();
        for (JarEntry j : entries) {
            files.add(new LexiconCache.Source(j.getName(), bytes(jar, j)));
        }
        JarEntry cache = jar.getJarEntry("lexicons/" + LexiconCache.NAME);
        return new Found(files, cache == null ? null : bytes(jar, cache));
    }

    private static byte[] bytes(JarFile jar, JarEntry e) throws IOException {
        try (InputStream in = jar.getInputStream(e)) {
            return in.readAllBytes();
        }
    }

    private static Found inFolder(URL url) throws URISyntaxException, IOException {
        Path dir = Path.of(url.toURI());
        List<LexiconCache.Source> files = new ArrayList<>();
        for (Path p : LexiconCache.yamlFiles(dir)) {
            files.add(new LexiconCache.Source(LexiconCache.display(dir, p), Files.readAllBytes(p)));
        }
        Path cache = dir.resolve(LexiconCache.NAME);
        return new Found(files, Files.isRegularFile(cache) ? Files.readAllBytes(cache) : null);
    }
}
