package org.slant.report.csv;

import org.slant.compare.Analysis;
import org.slant.compare.Comparison;
import org.slant.compare.CoverageRow;
import org.slant.compare.Framing;
import org.slant.compare.OutletProfiles;
import org.slant.compare.Reuse;
import org.slant.compare.WordDiff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The comparison's CSV files: outlets, reuse, coverage and similarity, in long form for re-analysis. */
public final class ComparisonCsv {

    private ComparisonCsv() {
    }

    /** {@code outlets.csv}: one row per outlet and metric. */
    public static String outlets(Analysis a) {
        CsvTable t = new CsvTable(List.of("outlet", "articles", "metric", "mean", "min", "max"));
        if (a.comparison() != null) {
            for (OutletProfiles.Profile p : a.comparison().outlets()) {
                for (Map.Entry<String, OutletProfiles.Stat> m : p.metrics().entrySet()) {
                    t.row(Arrays.asList(p.outlet(), p.articles(), m.getKey(), m.getValue().mean(), m.getValue().min(),
                            m.getValue().max()));
                }
            }
        }
        return t.render();
    }

    /** {@code reuse.csv}: one row per aligned sentence pair, with its passage and word-level diff. */
    public static String reuse(Analysis a) {
        CsvTable t = new CsvTable(List.of("passage", "article", "partner", "article_start", "article_end",
                "partner_start", "partner_end", "similarity", "article_text", "partner_text", "diff"));
        if (a.comparison() != null) {
            int k = 0;
            for (Reuse.Passage p : a.comparison().reuse().passages()) {
                k++;
                for (Reuse.SentencePair s : p.pairs()) {
                    t.row(Arrays.asList(k, p.a(), p.b(), s.a().start(), s.a().end(), s.b().start(), s.b().end(),
                            s.similarity(), s.a().text(), s.b().text(), WordDiff.compact(s.diff())));
                }
            }
        }
        return t.render();
    }

    /**
     * {@code coverage.csv}: one row per fact, one column per article (or per outlet for large sets):
     * present, different or absent.
     */
    public static String coverage(Analysis a) {
        List<String> header = new ArrayList<>(List.of("fact", "kind", "label", "speakers"));
        List<String> columns = new ArrayList<>();
        if (a.comparison() != null && !a.comparison().coverage().rows().isEmpty()) {
            columns.addAll(a.comparison().coverage().rows().get(0).cells().keySet());
        } else {
            a.articles().forEach(r -> columns.add(r.id()));
        }
        header.addAll(columns);
        CsvTable t = new CsvTable(header);
        if (a.comparison() != null) {
            for (CoverageRow row : a.comparison().coverage().rows()) {
                List<Object> cells = new ArrayList<>(Arrays.asList(row.id(), row.kind(), row.label(),
                        String.join("; ", row.speakers())));
                for (String col : columns) {
                    CoverageRow.Cell c = row.cells().get(col);
                    cells.add(c == null ? "" : c.status());
                }
                t.row(cells);
            }
        }
        return t.render();
    }

    /** {@code similarity.csv}: one row per pair of articles (and of outlets), both cosine similarities. */
    public static String similarity(Analysis a) {
        CsvTable t = new CsvTable(List.of("level", "a", "b", "feature_cosine", "term_cosine"));
        Comparison.Result c = a.comparison();
        if (c != null) {
            pairs(t, "article", c.framing().articles());
            pairs(t, "outlet", c.framing().outlets());
        }
        return t.render();
    }

    private static void pairs(CsvTable t, String level, Framing.Placement p) {
        for (int i = 0; i < p.items().size(); i++) {
            for (int j = 0; j < p.items().size(); j++) {
                t.row(Arrays.asList(level, p.items().get(i), p.items().get(j), p.featureSimilarity()[i][j],
                        p.termSimilarity()[i][j]));
            }
        }
    }
}
