package org.slant.report.html;

import org.slant.model.ArticleMeta;
import org.slant.model.ArticleResult;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The Overview table: one row per article (and, when outlets have several articles, one per outlet),
 * the key measures with a small bar each. A column appears only when some article has its metric, so a
 * run without an extractor shows fewer columns and says which are missing.
 */
final class Overview {

    static final double BAR = 32;

    /** A column: header, tooltip, how to read its value from an article, how to print it. */
    record Column(String header, String help, ToDoubleFunction<ArticleResult> value, String metric) {
    }

    record Head(String text, String help, boolean num) {
    }

    record Cell(String text, String sort, String bar, boolean num) {
    }

    record Row(String label, String href, String title, String date, String kind, List<Cell> cells) {
    }

    record View(List<Head> heads, List<Row> articles, List<Head> outletHeads, List<Row> outlets, String missing,
                String note) {
        public boolean hasOutlets() {
            return !outlets.isEmpty();
        }
    }

    private Overview() {
    }

    static List<Column> allColumns() {
        return List.of(
                new Column("Words", "Content words (after boilerplate is set aside)", ArticleResult::words, "content.words"),
                new Column("Boilerplate", "Share of the text that is not the article: promos, share prompts, "
                        + "disclaimers, navigation, captions, spam", r -> r.metric("contamination.ratio"), "contamination.ratio"),
                new Column("Loaded (own voice)", "Loaded or emotive words in the outlet's own voice, per 1,000 words",
                        r -> r.metric("loaded.narrator.per1k"), "loaded.narrator.per1k"),
                new Column("Labels (own voice)", "Labels and name-calling in the outlet's own voice, per 1,000 words",
                        r -> r.metric("label.narrator.per1k"), "label.narrator.per1k"),
                new Column("Hedges (own voice)", "Hedges (reportedly, so-called) in the outlet's own voice, per 1,000 words",
                        r -> r.metric("hedge.narrator.per1k"), "hedge.narrator.per1k"),
                new Column("Scare quotes", "Scare quotes per 1,000 words",
                        r -> Metrics.sum(r, m -> m.startsWith("scare_quote.") && m.endsWith(".per1k")), "scare_quote.*.per1k"),
                new Column("Anonymous sources", "Share of attributions to unnamed sources",
                        r -> r.metric("attribution.anonymous_share"), "attribution.anonymous_share"),
                new Column("Distancing verbs", "Share of attributions with a distancing verb (claimed, alleged)",
                        r -> r.metric("attribution.distancing_share"), "attribution.distancing_share"),
                new Column("Shared text", "Share of the words also found in another article of the set",
                        r -> r.metric("reuse.shared_share"), "reuse.shared_share"));
    }

    static View of(Corpus c) {
        List<Column> cols = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Column col : allColumns()) {
            boolean present = col.metric().equals("content.words") || c.articles.stream()
                    .anyMatch(r -> !Double.isNaN(col.value().applyAsDouble(r)));
            if (present) {
                cols.add(col);
            } else {
                missing.add(col.header().toLowerCase(java.util.Locale.ROOT));
            }
        }
        double[] max = new double[cols.size()];
        for (ArticleResult r : c.articles) {
            for (int k = 0; k < cols.size(); k++) {
                double v = cols.get(k).value().applyAsDouble(r);
                if (!Double.isNaN(v)) {
                    max[k] = Math.max(max[k], v);
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i : c.rows) {
            ArticleResult r = c.articles.get(i);
            ArticleMeta m = r.article().meta();
            List<Cell> cells = new ArrayList<>();
            for (int k = 0; k < cols.size(); k++) {
                cells.add(cell(cols.get(k), cols.get(k).value().applyAsDouble(r), max[k]));
            }
            rows.add(new Row(c.label(i), c.shownInFull(i) ? "#" + Corpus.anchor(i) : null,
                    m.title() == null ? "(no headline)" : m.title(), m.date() == null ? "" : m.date(),
                    m.outletKind() == null ? "" : m.outletKind(), cells));
        }
        List<Head> heads = new ArrayList<>();
        heads.add(new Head("Outlet", "The outlet, from the manifest or inferred from the text", false));
        heads.add(new Head("Title", "Headline", false));
        heads.add(new Head("Date", "Publication date", false));
        cols.forEach(col -> heads.add(new Head(col.header(), col.help(), true)));
        List<Head> outletHeads = new ArrayList<>();
        List<Row> outletRows = new ArrayList<>();
        if (c.hasOutletGroups()) {
            outletHeads.add(new Head("Outlet", "The outlet", false));
            outletHeads.add(new Head("Articles", "Articles of this outlet in the set", true));
            cols.forEach(col -> outletHeads.add(new Head(col.header() + " (mean)", col.help(), true)));
            for (String o : c.byOutlet.keySet()) {
                List<Cell> cells = new ArrayList<>();
                int n = c.byOutlet.get(o).size();
                cells.add(new Cell(Fmt.count(n), Fmt.sortKey(n), null, true));
                for (int k = 0; k < cols.size(); k++) {
                    ToDoubleFunction<ArticleResult> f = cols.get(k).value();
                    cells.add(cell(cols.get(k), Metrics.outletMean(c, o, f), max[k]));
                }
                outletRows.add(new Row(o, null, "", "", "", cells));
            }
        }
        String note = c.rows.size() < c.size() ? "The table lists " + c.rows.size() + " of the " + c.size()
                + (c.analysis.corpus().sampled() ? " sampled" : "") + " articles (chosen by a fixed rule, the same on every run; every outlet is represented); "
                + "articles.csv lists them all." : "";
        return new View(heads, rows, outletHeads, outletRows,
                missing.isEmpty() ? "" : "Not measured in this run: " + String.join(", ", missing) + ".", note);
    }

    private static Cell cell(Column col, double v, double max) {
        String text = col.metric().equals("content.words") ? Fmt.count(v) : MetricGlossary.format(col.metric(), v);
        String bar = Double.isNaN(v) || max <= 0 ? null : Fmt.px(Math.max(0, v) / max * BAR);
        return new Cell(text, Fmt.sortKey(v), bar, true);
    }
}
