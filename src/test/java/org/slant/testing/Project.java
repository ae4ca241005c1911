package org.slant.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Paths of the project (seeds, lexicons) and of the shared development data, for tests. */
public final class Project {

    private Project() {
    }

    public static Path dir() {
        String p = System.getProperty("slant.project.dir");
        return p != null ? Path.of(p) : Path.of("").toAbsolutePath();
    }

    public static Path seeds() {
        return dir().resolve("seeds");
    }

    public static List<Path> seedFiles() {
        try (Stream<Path> s = Files.list(seeds())) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The mirror tests' articles: the seeds, then the invented ones of {@code src/test/resources/mirror}, sorted. */
    public static List<Path> mirrorArticles() throws IOException {
        List<Path> out = new java.util.ArrayList<>();
        for (Path dir : List.of(seeds(), dir().resolve("src/test/resources/mirror"))) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    public static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed whose file name starts with the given prefix ("000", "003"). */
    public static Path seed(String prefix) {
        return seedFiles().stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no seed " + prefix));
    }

    /** The shared development data folder ({@code ../shared/data}), which the repository never holds. */
    public static Path sharedData() {
        String p = System.getProperty("slant.data.dir", System.getenv("SLANT_DATA_DIR"));
        return p != null ? Path.of(p) : dir().resolve("../shared/data").normalize();
    }
}
