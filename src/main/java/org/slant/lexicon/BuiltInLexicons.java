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
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Reads the built-in lexicons: every {@code .yaml} file under the {@code lexicons/} resource folder, in
 * path order, from the build's parsed cache ({@link LexiconCache}) when it matches the files. Reads every
 * time it is asked; {@link LexiconStore} keeps what it read.
 */
final class BuiltInLexicons {

    private BuiltInLexicons() {
    }

    static List<LexiconFile> load() {
        URL url = BuiltInLexicons.class.getClassLoader().getResource("lexicons");
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
