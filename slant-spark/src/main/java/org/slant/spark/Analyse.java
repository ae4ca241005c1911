package org.slant.spark;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.slant.Slant;
import org.slant.ingest.ArticleReaders;
import org.slant.ingest.ReadItem;
import org.slant.model.ArticleResult;
import org.slant.model.Finding;
import org.slant.pipeline.Pipeline;
import org.slant.report.json.AnalysisJson;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Analyses a partition of articles with the same reader, metadata rules and pipeline as the command line
 * (through {@link Slant}), so every metric is the one {@code slant analyze} gives for that article. The
 * pipeline is built once per executor JVM (lexicons compiled once) and shared by its tasks.
 */
final class Analyse implements MapPartitionsFunction<Row, ArticleRow> {

    private static final long serialVersionUID = 1L;
    private static volatile Pipeline pipeline;

    private final String source;

    Analyse(String source) {
        this.source = source;
    }

    static Pipeline pipeline() {
        Pipeline p = pipeline;
        if (p == null) {
            synchronized (Analyse.class) {
                if (pipeline == null) {
                    pipeline = Slant.pipeline();
                }
                p = pipeline;
            }
        }
        return p;
    }

    @Override
    public Iterator<ArticleRow> call(Iterator<Row> rows) throws Exception {
        ArticleReaders readers = new ArticleReaders(ArticleReaders.DEFAULT_MAX_ARTICLE_BYTES);
        Pipeline p = pipeline();
        List<ArticleRow> out = new ArrayList<>();
        while (rows.hasNext()) {
            Row row = rows.next();
            String json = row.getString(row.fieldIndex("json"));
            String id = row.isNullAt(row.fieldIndex("id")) ? null : row.getString(row.fieldIndex("id"));
            ArticleRow a = new ArticleRow();
            a.setId(id);
            ReadItem item = readers.jsonLine(source, "spark", 0, json);
            if (id == null) {
                a.setError("no \"id\": the Spark job needs an id on every article");
            } else if (!item.isOk()) {
                a.setError(item.error().message());
            } else {
                try {
                    ArticleResult r = p.analyze(Slant.resolve(item.article()));
                    fill(a, r);
                } catch (RuntimeException e) {
                    a.setError("analysis failed: " + e.getMessage());
                }
            }
            out.add(a);
        }
        return out.iterator();
    }

    private static void fill(ArticleRow a, ArticleResult r) throws Exception {
        a.setOutlet(r.article().meta().outlet());
        a.setOutletSource(r.article().meta().outletSource().id());
        a.setTitle(r.article().meta().title());
        a.setWords(r.words());
        a.setMetrics(new LinkedHashMap<>(r.metrics()));
        List<FindingRow> fs = new ArrayList<>();
        for (Finding f : r.findings()) {
            FindingRow x = new FindingRow();
            x.setExtractor(f.extractor());
            x.setCategory(f.category());
            x.setStart(f.start());
            x.setEnd(f.end());
            x.setText(f.text());
            x.setVoice(f.voice().id());
            x.setRule(f.rule());
            x.setWeight(f.weight());
            x.setAttrs(AnalysisJson.mapper().writeValueAsString(f.attrs()));
            fs.add(x);
        }
        a.setFindings(fs);
        a.setNotes(new ArrayList<>(r.notes()));
    }

    /** The columns of an input article, in the JSONL field names. */
    static final List<String> FIELDS = List.of("id", "text", "outlet", "outlet_kind", "via", "url", "date", "title");
}
