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

    public static long bytes(List<Article> articles) {
        long n = 0;
        for (Article a : articles) {
            n += a.raw().getBytes(StandardCharsets.UTF_8).length;
        }
        return n;
    }
}
