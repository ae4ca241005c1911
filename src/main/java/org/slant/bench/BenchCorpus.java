package org.slant.bench;

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
        for (InputFile f : InputCollector.collect(paths.isEmpty() ? List.of("seeds") : paths, null).files()) {
            Iterator<ReadItem> it = readers.read(f);
            while (it.hasNext()) {
                ReadItem r = it.next();
                if (r.isOk()) {
                    out.add(Slant.resolve(r.article(), f.manifest()));
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no articles to benchmark in " + paths);
        }
        return out;
    }

    public static long bytes(List<Article> articles) {
        long n = 0;
        for (Article a : articles) {
            n += a.raw().getBytes(StandardCharsets.UTF_8).length;
        }
        return n;
    }
}
