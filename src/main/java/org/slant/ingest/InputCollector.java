package org.slant.ingest;

import org.slant.files.PathFence;
import org.slant.model.AnalysisError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands command-line paths into input files, in a deterministic order. A folder is searched
 * recursively (hidden files and folders skipped). When a folder holds a manifest ({@code manifest.json},
 * {@code .yaml} or {@code .yml}) the manifest's list is the set of articles; otherwise every readable file
 * is one, except READMEs, SOURCES, LICENSE and CHANGELOG files.
 */
public final class InputCollector {

    private static final List<String> NOT_ARTICLES = List.of("readme", "sources", "license", "licence",
            "changelog", "notice", "copying");

    /** The files found, and the paths that gave none. */
    public record Collected(List<InputFile> files, List<AnalysisError> errors) {
    }

    private InputCollector() {
    }

    public static Collected collect(List<String> args, Manifest explicit) {
        return collect(args, explicit, List.of(), PathFence.of(false, args));
    }

    /**
     * As {@link #collect(List, Manifest)}, never reading anything inside the excluded folders; a folder's
     * manifest may list only files the fence lets through.
     */
    public static Collected collect(List<String> args, Manifest explicit, List<Path> exclude, PathFence fence) {
        List<Path> ex = exclude.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        Collected all = collectAll(args, explicit, fence);
        if (ex.isEmpty()) {
            return all;
        }
        List<InputFile> kept = all.files().stream()
                .filter(f -> ex.stream().noneMatch(e -> f.path().toAbsolutePath().normalize().startsWith(e))).toList();
        return new Collected(kept, all.errors());
    }

    private static Collected collectAll(List<String> args, Manifest explicit, PathFence fence) {
        List<InputFile> files = new ArrayList<>();
        List<AnalysisError> errors = new ArrayList<>();
        for (String arg : args) {
            String shown = display(arg);
            Path p = Path.of(arg);
            if (!Files.exists(p)) {
                errors.add(new AnalysisError(shown, "no such file or folder"));
            } else if (Files.isDirectory(p)) {
                folder(p, shown, explicit, fence, files, errors);
            } else {
                String format = Formats.of(p.getFileName().toString());
                if (format == null) {
                    errors.add(new AnalysisError(shown, "unsupported file type (Slant reads " + Formats.described() + ")"));
                } else {
                    files.add(new InputFile(p, shown, format, explicit));
                }
            }
        }
        return new Collected(files, errors);
    }

    private static void folder(Path dir, String shown, Manifest explicit, PathFence fence, List<InputFile> files,
                               List<AnalysisError> errors) {
        Manifest manifest = explicit;
        Path manifestPath = null;
        for (String name : Manifest.FILE_NAMES) {
            if (Files.isRegularFile(dir.resolve(name))) {
                manifestPath = dir.resolve(name);
                break;
            }
        }
        if (manifest == null && manifestPath != null) {
            try {
                manifest = Manifest.readOrThrow(manifestPath, shown + "/" + manifestPath.getFileName(), fence);
            } catch (IngestException e) {
                String where = e.where() != null ? e.where() : shown + "/" + manifestPath.getFileName();
                errors.add(new AnalysisError(where, e.getMessage()));
                return;
            }
        }
        int before = files.size();
        if (manifestPath != null && manifest != explicit) {
            for (Manifest.Entry e : manifest.entries()) {
                if (e.file() == null) {
                    continue;
                }
                String entryShown = shown + "/" + e.file().replace('\\', '/');
                String format = Formats.of(e.file());
                if (format == null) {
                    errors.add(new AnalysisError(entryShown, "unsupported file type (Slant reads " + Formats.described() + ")"));
                } else if (!Files.isRegularFile(e.resolved())) {
                    errors.add(new AnalysisError(entryShown, "listed in " + manifest.display() + " but not found"));
                } else {
                    files.add(new InputFile(e.resolved(), entryShown, format, manifest));
                }
            }
        } else {
            List<Path> found;
            try (Stream<Path> s = Files.walk(dir)) {
                found = s.filter(Files::isRegularFile)
                        .filter(f -> !hidden(dir, f))
                        .filter(f -> Formats.of(f.getFileName().toString()) != null)
                        .filter(f -> !notArticle(f.getFileName().toString()))
                        .sorted(Comparator.comparing(f -> dir.relativize(f).toString().replace('\\', '/')))
                        .toList();
            } catch (IOException | java.io.UncheckedIOException e) {
                errors.add(new AnalysisError(shown, "cannot list the folder (" + e.getMessage() + ")"));
                return;
            }
            for (Path f : found) {
                String rel = dir.relativize(f).toString().replace('\\', '/');
                files.add(new InputFile(f, shown + "/" + rel, Formats.of(f.getFileName().toString()), manifest));
            }
        }
        if (files.size() == before) {
            errors.add(new AnalysisError(shown, "no articles found in the folder (Slant reads " + Formats.described() + ")"));
        }
    }

    private static boolean hidden(Path root, Path f) {
        for (Path part : root.relativize(f)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean notArticle(String name) {
        String stem = Formats.stem(name).toLowerCase(Locale.ROOT);
        return NOT_ARTICLES.contains(stem) || Manifest.FILE_NAMES.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The path as given, with '/' separators and no trailing slash. */
    static String display(String arg) {
        String s = arg.replace('\\', '/');
        while (s.length() > 1 && s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
