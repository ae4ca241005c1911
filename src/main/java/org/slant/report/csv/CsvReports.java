package org.slant.report.csv;

import com.fasterxml.jackson.databind.JsonNode;
import org.slant.compare.Analysis;
import org.slant.model.ArticleResult;
import org.slant.model.Finding;
import org.slant.report.json.AnalysisJson;
import org.slant.report.json.ArticleRecords;

import java.io.Writer;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/** The per-article and per-finding CSV files. */
public final class CsvReports {

    private CsvReports() {
    }

    /** {@code articles.csv}: one row per article, one column per metric (the union over all articles). */
    public static String articles(Analysis a) {
        java.io.StringWriter w = new java.io.StringWriter();
        try {
            articles(ArticleRecords.of(a), w);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return w.toString();
    }

    /** {@code articles.csv} of the given articles (every article of a streamed run), written row by row. */
    public static void articles(ArticleRecords articles, Writer out) throws java.io.IOException {
        SortedSet<String> metricNames = articles.metricNames();
        List<String> header = new ArrayList<>(List.of("id", "file", "outlet", "outlet_kind", "outlet_source", "title",
                "date", "url", "words"));
        header.addAll(metricNames);
        out.write(CsvTable.line(header));
        articles.forEach(n -> {
            List<Object> row = new ArrayList<>();
            for (String field : List.of("id", "file", "outlet", "outlet_kind", "outlet_source", "title", "date", "url")) {
                JsonNode v = n.get(field);
                row.add(v == null || v.isNull() ? null : v.asText());
            }
            row.add(n.path("words").asInt());
            JsonNode metrics = n.path("metrics");
            for (String name : metricNames) {
                row.add(number(metrics.get(name)));
            }
            out.write(CsvTable.line(row));
        });
        out.flush();
    }

    /** A metric as written in analysis.json: a number, or NaN and the infinities as strings. */
    private static Double number(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isNumber() ? v.doubleValue() : Double.valueOf(v.asText());
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
