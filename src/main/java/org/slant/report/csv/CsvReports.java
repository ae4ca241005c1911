package org.slant.report.csv;

import org.slant.model.Analysis;
import org.slant.model.ArticleMeta;
import org.slant.model.ArticleResult;
import org.slant.model.Finding;
import org.slant.report.json.AnalysisJson;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/** The per-article and per-finding CSV files. */
public final class CsvReports {

    private CsvReports() {
    }

    /** {@code articles.csv}: one row per article, one column per metric (the union over all articles). */
    public static String articles(Analysis a) {
        SortedSet<String> metricNames = new TreeSet<>();
        a.articles().forEach(r -> metricNames.addAll(r.metrics().keySet()));
        List<String> header = new ArrayList<>(List.of("id", "file", "outlet", "outlet_kind", "outlet_source", "title",
                "date", "url", "words"));
        header.addAll(metricNames);
        CsvTable t = new CsvTable(header);
        for (ArticleResult r : a.articles()) {
            ArticleMeta m = r.article().meta();
            List<Object> row = new ArrayList<>(List.of(r.id(), r.article().file(), m.outlet()));
            row.add(m.outletKind());
            row.add(m.outletSource().id());
            row.add(m.title());
            row.add(m.date());
            row.add(m.url());
            row.add(r.words());
            for (String name : metricNames) {
                row.add(r.metrics().get(name));
            }
            t.row(row);
        }
        return t.render();
    }

    /** The columns of {@code findings.csv}, here and in a streamed corpus folder. */
    public static final List<String> FINDING_COLUMNS = List.of("article", "outlet", "extractor", "category", "start",
            "end", "text", "voice", "rule", "weight", "attrs");

    /** {@code findings.csv}: one row per finding; {@code attrs} as a JSON object. */
    public static String findings(Analysis a) {
        CsvTable t = new CsvTable(FINDING_COLUMNS);
        for (ArticleResult r : a.articles()) {
            for (Finding f : r.findings()) {
                t.row(findingRow(r, f));
            }
        }
        return t.render();
    }

    /** One finding as a {@code findings.csv} row. */
    public static List<Object> findingRow(ArticleResult r, Finding f) {
        return java.util.Arrays.asList(r.id(), r.article().meta().outlet(), f.extractor(), f.category(), f.start(),
                f.end(), f.text(), f.voice().id(), f.rule(), f.weight(), json(f));
    }

    private static String json(Finding f) {
        try {
            return AnalysisJson.mapper().writeValueAsString(f.attrs());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
