package org.slant.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The article of {@code slant check -}: standard input saved to a file of ours under the temporary folder,
 * named like {@code --stdin-filename} (so its format, id and outlet clues are those of the name), checked as
 * any file, and shown under that name in every message. {@code git show HEAD:a.md | slant check -
 * --stdin-filename a.md} reports {@code a.md:line:col}. The temporary folder is removed when the check ends.
 */
final class StdinArticle implements AutoCloseable {

    static final String DEFAULT_NAME = "stdin.txt";

    private final Path dir;
    private final String tempShown;
    private final String name;

    private StdinArticle(Path dir, Path file, String name) {
        this.dir = dir;
        this.tempShown = file.toString().replace('\\', '/');
        this.name = name;
    }

    /** Reads standard input when a path is {@code -}; null when none is. */
    static StdinArticle of(List<String> paths, String stdinFilename) {
        long dashes = paths.stream().filter("-"::equals).count();
        if (dashes == 0) {
            if (stdinFilename != null) {
                throw new IllegalArgumentException("--stdin-filename needs '-' among the paths");
            }
            return null;
        }
        if (dashes > 1) {
            throw new IllegalArgumentException("'-' (standard input) can be given once");
        }
        String name = stdinFilename == null || stdinFilename.isBlank() ? DEFAULT_NAME
                : stdinFilename.replace('\\', '/');
        String base = name.substring(name.lastIndexOf('/') + 1);
        if (base.isEmpty() || base.equals(".") || base.equals("..")) {
            throw new IllegalArgumentException("--stdin-filename needs a file name, not '" + name + "'");
        }
        try {
            Path dir = Files.createTempDirectory("slant-stdin-");
            Path file = dir.resolve(base);
            try (InputStream in = System.in) {
                Files.copy(in, file);
            }
            return new StdinArticle(dir, file, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input: " + e.getMessage(), e);
        }
    }

    /** The paths with {@code -} replaced by the saved file. */
    List<String> paths(List<String> given) {
        List<String> out = new ArrayList<>();
        for (String p : given) {
            out.add(p.equals("-") ? tempShown : p);
        }
        return out;
    }

    /** Shows the saved file (and a JSONL record of it, {@code file:line}) under the name given. */
    UnaryOperator<String> shown() {
        return s -> s != null && s.startsWith(tempShown) ? name + s.substring(tempShown.length()) : s;
    }

    /** Whether an article's file is the saved one. */
    boolean isStdin(String file) {
        return file != null && file.startsWith(tempShown);
    }

    /** Whether a check's file (after {@link #shown()}) is this article: it has no lines in git to compare. */
    boolean isShownStdin(String file) {
        return file != null && (file.equals(name) || file.startsWith(name + ":"));
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
