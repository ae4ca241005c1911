package org.slant.report.json;

import org.slant.compare.Analysis;
import org.slant.model.ArticleResult;
import org.slant.report.json.AnalysisJson;
import org.slant.report.json.ArticleSpool;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Every article of a run as its {@code analysis.json} object, in input order: the one source the files that
 * list every article (articles.csv, analysis.json) are written from. For a set held in memory, the held
 * articles; for a streamed run, the spooled articles, where an article the comparison held carries the
 * comparison's metrics too (reuse, computed among the held articles; the others have none).
 */
public final class ArticleRecords {

    private final Analysis analysis;
    private final ArticleSpool spool;
    private final Map<String, ArticleResult> held = new HashMap<>();

    private ArticleRecords(Analysis analysis, ArticleSpool spool) {
        this.analysis = analysis;
        this.spool = spool;
        if (spool != null) {
            analysis.articles().forEach(r -> held.put(key(r.id(), r.article().file()), r));
        }
    }

    /** Id and file together: a renamed duplicate id ("a-2") may equal another article's own id. */
    private static String key(String id, String file) {
        return id + '\u0000' + file;
    }

    /** The articles an analysis holds (a set analysed in memory: all of them). */
    public static ArticleRecords of(Analysis a) {
        return new ArticleRecords(a, null);
    }

    /** Every article of a streamed run: the spool, with the held articles' comparison metrics. */
    public static ArticleRecords spooled(Analysis a, ArticleSpool spool) {
        return new ArticleRecords(a, spool);
    }

    /** True when these are every article of the run: spooled, or an analysis that holds them all. */
    public boolean complete() {
        return spool != null || !analysis.corpus().sampled();
    }

    /** Every metric name of every article, sorted. */
    public SortedSet<String> metricNames() {
        SortedSet<String> names = new TreeSet<>();
        if (spool != null) {
            names.addAll(spool.metricNames());
        }
        analysis.articles().forEach(r -> names.addAll(r.metrics().keySet()));
        return names;
    }

    /** Hands each article to the reader, in input order, one at a time. */
    public void forEach(ArticleSpool.Reader reader) throws IOException {
        if (spool == null) {
            for (ArticleResult r : analysis.articles()) {
                reader.article(AnalysisJson.tree(r));
            }
            return;
        }
        spool.forEach(node -> {
            ArticleResult r = held.get(key(node.path("id").asText(), node.path("file").asText(null)));
            if (r != null) {
                node.set("metrics", AnalysisJson.tree(r).get("metrics"));
            }
            reader.article(node);
        });
    }
}
