package org.slant.dev.bench;

import org.slant.Slant;
import org.slant.ingest.ArticleReaders;
import org.slant.ingest.InputCollector;
import org.slant.ingest.InputFile;
import org.slant.ingest.ReadItem;
import org.slant.model.Article;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Articles for a benchmark: read from paths (the seeds by default), metadata resolved. */
public final class BenchCorpus {

    private BenchCorpus() {
    }

    public static List<Article> load(List<String> paths) {
        List<Article> out = new ArrayList<>();
        ArticleReaders readers = new ArticleReaders(ArticleReaders.DEFAULT_MAX_ARTICLE_BYTES);
        List<String> sources = paths.isEmpty() ? List.of(defaultSeeds()) : paths;
        for (InputFile f : InputCollector.collect(sources, null).files()) {
            Iterator<ReadItem> it = readers.read(f);
            while (it.hasNext()) {
                ReadItem r = it.next();
                if (r.isOk()) {
                    out.add(Slant.resolve(r.article(), f.manifest()));
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no readable articles in " + String.join(", ", sources)
                    + (paths.isEmpty() ? " (the seeds; give source articles or folders)" : ""));
        }
        return out;
    }

    /**
     * The seed articles: {@code seeds/} of the installation the launcher names ({@code slant.home}), so that
     * {@code slant synth} works from any folder; else {@code seeds} in the working folder.
     */
    static String defaultSeeds() {
        String home = System.getProperty("slant.home");
        if (home != null && java.nio.file.Files.isDirectory(java.nio.file.Path.of(home, "seeds"))) {
            return java.nio.file.Path.of(home, "seeds").toString();
        }
        return "seeds";
    }

    /**
     * The real news text of the shared corpora, when they are beside the installation
     * ({@code ../shared/data} of {@code slant.home}, never committed): the PTC training articles, then the
     * PolNeAR train texts, each folder sorted by name. Empty when either is missing.
     */
    public static List<java.nio.file.Path> realTextFiles() {
        String home = System.getProperty("slant.home", ".");
        java.nio.file.Path data = java.nio.file.Path.of(home).toAbsolutePath().normalize().resolveSibling("shared")
                .resolve("data");
        List<java.nio.file.Path> dirs = List.of(data.resolve("ptc/train-articles"), data.resolve("polnear/data/train/text"));
        List<java.nio.file.Path> out = new ArrayList<>();
        for (java.nio.file.Path d : dirs) {
            if (!java.nio.file.Files.isDirectory(d)) {
                return List.of();
            }
            try (var s = java.nio.file.Files.list(d)) {
                s.filter(java.nio.file.Files::isRegularFile).sorted().forEach(out::add);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return out;
    }

    /**
     * A suite's articles: those under the paths given; without paths, the real news text of
     * {@link #realTextFiles()} when it is there (issue 21: real text is 1.6-3 times slower than the synthetic
     * corpus made of the seeds), else the seeds.
     */
    public static List<Article> forBench(List<String> paths) {
        if (paths.isEmpty() && !realTextFiles().isEmpty()) {
            return load(realTextFiles().stream().map(java.nio.file.Path::toString).toList());
        }
        return load(paths);
    }

    /** What {@link #forBench} reads, in words. */
    public static String describe(List<String> paths) {
        if (!paths.isEmpty()) {
            return String.join(", ", paths);
        }
        return realTextFiles().isEmpty() ? "the seeds (no ../shared/data: synthetic text)"
                : "real news text: PTC + PolNeAR, " + realTextFiles().size() + " articles";
    }

    /**
     * Writes the articles, repeated in order to {@code count}, as JSONL ({@code id}: the number and the source's
     * file name; {@code text}); returns the file's size in bytes.
     */
    public static long writeJsonl(List<Article> articles, int count, java.nio.file.Path file) throws java.io.IOException {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        try (var out = new java.io.BufferedWriter(java.nio.file.Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            for (int i = 0; i < count; i++) {
                Article a = articles.get(i % articles.size());
                Map<String, String> line = new java.util.LinkedHashMap<>();
                line.put("id", i + "-" + java.nio.file.Path.of(a.file()).getFileName());
                line.put("text", a.raw());
                out.write(mapper.writeValueAsString(line));
                out.write('\n');
            }
        }
        return java.nio.file.Files.size(file);
    }

    public static long bytes(List<Article> articles) {
        long n = 0;
        for (Article a : articles) {
            n += a.raw().getBytes(StandardCharsets.UTF_8).length;
        }
        return n;
    }
}
