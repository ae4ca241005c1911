package org.slant.report.html;

import org.slant.compare.Coverage;
import org.slant.compare.CoverageRow;
import org.slant.compare.TextSpan;
import org.slant.model.Finding;
import org.slant.model.TermAttrs;
import org.slant.text.English;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The coverage and omission table, and the contested-naming table. */
final class Tables {

    static final int COVERAGE_ROWS = 150;
    static final int COVERAGE_COLUMNS = 40;

    record CovCell(String symbol, String status, String form, String title) {
    }

    record CovRow(String kind, String label, String speakers, List<CovCell> cells) {
    }

    record Omission(String column, String items) {
    }

    record CoverageView(List<String> columns, List<CovRow> rows, List<Omission> omissions, String note) {
        public boolean hasRows() {
            return !rows.isEmpty();
        }

        public boolean hasOmissions() {
            return !omissions.isEmpty();
        }
    }

    record NamingRow(String label, String href, List<String> cells) {
    }

    record Variant(String set, String variant, String convention) {
    }

    record NamingView(List<String> sets, List<NamingRow> rows, List<Variant> key, String note) {
        public boolean hasRows() {
            return !rows.isEmpty();
        }
    }

    private Tables() {
    }

    static CoverageView coverage(Corpus c) {
        if (c.analysis.comparison() == null || c.analysis.comparison().coverage() == null) {
            return new CoverageView(List.of(), List.of(), List.of(), "Not compared.");
        }
        Coverage.Result cov = c.analysis.comparison().coverage();
        boolean byArticle = cov.columns().equals("articles");
        List<String> ids = new ArrayList<>();
        if (!cov.rows().isEmpty()) {
            ids.addAll(cov.rows().get(0).cells().keySet());
        } else {
            ids.addAll(cov.omissions().keySet());
        }
        List<String> shownIds = ids.size() > COVERAGE_COLUMNS ? ids.subList(0, COVERAGE_COLUMNS) : ids;
        List<String> columns = shownIds.stream().map(id -> byArticle ? c.label(id) : id).toList();
        List<CovRow> rows = new ArrayList<>();
        for (CoverageRow row : cov.rows().subList(0, Math.min(COVERAGE_ROWS, cov.rows().size()))) {
            List<CovCell> cells = new ArrayList<>();
            for (String id : shownIds) {
                CoverageRow.Cell cell = row.cells().get(id);
                cells.add(cell == null ? new CovCell("", "", "", "") : cell(row, cell, byArticle));
            }
            rows.add(new CovRow(row.kind(), Clip.line(row.label()), String.join(", ", row.speakers()), cells));
        }
        Map<String, String> labelOf = new TreeMap<>();
        cov.rows().forEach(r -> labelOf.put(r.id(), Clip.line(r.label())));
        List<Omission> omissions = new ArrayList<>();
        for (String id : shownIds) {
            List<String> missing = cov.omissions().getOrDefault(id, List.of());
            if (!missing.isEmpty()) {
                omissions.add(new Omission(byArticle ? c.label(id) : id, String.join(" · ",
                        missing.stream().map(m -> labelOf.getOrDefault(m, m)).toList())));
            }
        }
        String note = "";
        if (cov.rows().size() > COVERAGE_ROWS || ids.size() > COVERAGE_COLUMNS) {
            note = "Showing " + rows.size() + " of " + cov.rows().size() + " facts and " + shownIds.size() + " of "
                    + ids.size() + " columns; coverage.csv has them all.";
        }
        return new CoverageView(columns, rows, omissions, note);
    }

    private static CovCell cell(CoverageRow row, CoverageRow.Cell cell, boolean byArticle) {
        String form = cell.forms().isEmpty() ? "" : Clip.line(cell.forms().get(0).text());
        String forms = String.join(" | ", cell.forms().stream().map(TextSpan::text).map(Clip::line).toList());
        return switch (cell.status()) {
            case CoverageRow.Cell.PRESENT -> new CovCell("●", "present", byArticle ? "" : Fmt.pct(cell.share()),
                    "carries it" + (forms.isEmpty() ? "" : ": " + forms));
            case CoverageRow.Cell.DIFFERENT -> new CovCell("◐", "different", byArticle ? short40(form)
                    : Fmt.pct(cell.share()), "in another form" + (forms.isEmpty() ? "" : ": " + forms));
            default -> new CovCell("○", "absent", "", "does not carry it");
        };
    }

    private static String short40(String s) {
        return English.clip(s, 40);
    }

    /** As {@link #naming(Corpus, org.slant.extract.terminology.TerminologyLexicon)}, without convention texts. */
    static NamingView naming(Corpus c) {
        return naming(c, null);
    }

    /**
     * Who wrote which variant of each contested set, by voice, per article shown in full; each convention by the
     * description its lexicon gives (when {@code terms} is known), not by its id.
     */
    static NamingView naming(Corpus c, org.slant.extract.terminology.TerminologyLexicon terms) {
        // set -> variant -> convention
        TreeMap<String, TreeMap<String, String>> sets = new TreeMap<>();
        // article -> set -> variant -> voice -> count
        Map<Integer, TreeMap<String, TreeMap<String, TreeMap<String, Integer>>>> uses = new TreeMap<>();
        for (int i : c.full) {
            for (Finding f : c.articles.get(i).findings()) {
                if (!f.category().equals("contested_naming")) {
                    continue;
                }
                TermAttrs.Naming n = f.attrs() instanceof TermAttrs.Naming x ? x : null;
                String set = n == null ? null : NoteDetail.nonBlank(n.set());
                set = set == null ? f.rule() : set;
                String variant = n == null ? null : NoteDetail.nonBlank(n.variant());
                variant = variant == null ? Clip.line(f.text()) : variant;
                String convention = n == null ? null : NoteDetail.nonBlank(n.convention());
                sets.computeIfAbsent(set, k -> new TreeMap<>()).merge(variant, convention == null ? "" : convention,
                        (x, y) -> x.isEmpty() ? y : x);
                uses.computeIfAbsent(i, k -> new TreeMap<>()).computeIfAbsent(set, k -> new TreeMap<>())
                        .computeIfAbsent(variant, k -> new TreeMap<>()).merge(f.voice().id(), 1, Integer::sum);
            }
        }
        if (sets.isEmpty()) {
            boolean measured = c.articles.stream().anyMatch(r -> r.findings().stream()
                    .anyMatch(f -> f.extractor().equals("terminology")));
            return new NamingView(List.of(), List.of(), List.of(), measured
                    ? "No contested name (Kiev/Kyiv, invasion/military operation, ...) was found."
                    : "Not measured in this run (the terminology extractor did not run).");
        }
        List<NamingRow> rows = new ArrayList<>();
        for (int i : c.full) {
            var mine = uses.getOrDefault(i, new TreeMap<>());
            List<String> cells = new ArrayList<>();
            for (String set : sets.keySet()) {
                List<String> parts = new ArrayList<>();
                mine.getOrDefault(set, new TreeMap<>()).forEach((variant, voices) -> {
                    List<String> vs = new ArrayList<>();
                    voices.forEach((voice, n) -> vs.add(n + "× " + shortVoice(voice)));
                    parts.add(Vocabulary.shortName(variant) + " (" + String.join(", ", vs) + ")");
                });
                cells.add(parts.isEmpty() ? Fmt.NONE : String.join("; ", parts));
            }
            rows.add(new NamingRow(c.label(i), "#" + Corpus.anchor(i), cells));
        }
        List<Variant> key = new ArrayList<>();
        sets.forEach((set, variants) -> variants.forEach((v, conv) ->
                key.add(new Variant(Vocabulary.shortName(set), Vocabulary.shortName(v), conv.isEmpty() ? ""
                        : Clip.line(describe(terms, conv))))));
        return new NamingView(sets.values().stream().map(v -> String.join(" / ",
                v.keySet().stream().map(Vocabulary::shortName).toList())).toList(), rows, key,
                "“own voice” is the outlet's narration; “quoted” is inside a quotation.");
    }

    private static String shortVoice(String voice) {
        return switch (voice) {
            case "narrator" -> "own voice";
            case "quoted" -> "quoted";
            case "reported" -> "reported";
            default -> voice;
        };
    }

    private static String describe(org.slant.extract.terminology.TerminologyLexicon terms, String convention) {
        String d = terms == null ? null : terms.convention(convention);
        return d == null || d.isBlank() ? Vocabulary.shortName(convention) : d;
    }
}
