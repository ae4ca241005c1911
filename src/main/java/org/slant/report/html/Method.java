package org.slant.report.html;

import org.slant.lexicon.LexiconFile;
import org.slant.lexicon.Lexicons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The Method section: what each metric of this run means, the lexicons in use, how the comparison works. */
final class Method {

    record MetricRow(String title, String pattern, String meaning, String examples) {
    }

    record LexiconRow(String file, String id, String version, String kind, String entries, String description,
                      String provenance) {
    }

    /** One measured accuracy figure, from {@code eval/measured.tsv}. */
    record AccuracyRow(String measure, String corpus, String split, String precision, String recall, String f1,
                       String note, String date, String command) {
    }

    record View(List<MetricRow> metrics, String undocumented, List<LexiconRow> lexicons, String reuse,
                String framing, List<AccuracyRow> accuracy) {
    }

    private static final List<AccuracyRow> ACCURACY = accuracy();

    /**
     * The figures the project's evaluations measured, so that a reader knows how far to trust each column.
     * They describe the extractors, not this run; the file says which command measured each.
     */
    private static List<AccuracyRow> accuracy() {
        List<AccuracyRow> out = new ArrayList<>();
        try (java.io.InputStream in = Method.class.getResourceAsStream("/eval/measured.tsv")) {
            if (in == null) {
                return out;
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length == 9) {
                    out.add(new AccuracyRow(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    private Method() {
    }

    static View of(Corpus c, Lexicons lexicons) {
        TreeSet<String> names = Metrics.names(c.articles, m -> true);
        Map<MetricGlossary.Doc, List<String>> used = new LinkedHashMap<>();
        MetricGlossary.DOCS.forEach(d -> used.put(d, new ArrayList<>()));
        List<String> undocumented = new ArrayList<>();
        for (String m : names) {
            MetricGlossary.Doc d = MetricGlossary.docOf(m);
            if (d == null) {
                undocumented.add(m);
            } else {
                used.get(d).add(m);
            }
        }
        List<MetricRow> rows = new ArrayList<>();
        used.forEach((d, ms) -> {
            if (!ms.isEmpty()) {
                String examples = ms.size() == 1 && ms.get(0).equals(d.pattern()) ? ""
                        : String.join(", ", ms.subList(0, Math.min(6, ms.size()))) + (ms.size() > 6 ? ", …" : "");
                rows.add(new MetricRow(generic(d.title()), d.pattern(), d.meaning(), examples));
            }
        });
        List<LexiconRow> lex = new ArrayList<>();
        for (LexiconFile f : lexicons.files()) {
            lex.add(new LexiconRow(f.file(), nz(f.id()), nz(f.version()), nz(f.kind()), Fmt.count(f.entries().size()),
                    Clip.line(nz(f.description())), Clip.line(nz(f.provenance()))));
        }
        var cmp = c.analysis.comparison();
        String reuse = cmp == null || cmp.reuse() == null ? "" : cmp.reuse().method();
        String framing = cmp == null || cmp.framing() == null ? ""
                : cmp.framing().articles().status().equals("skipped") ? cmp.framing().outlets().message()
                : cmp.framing().articles().message();
        return new View(rows, undocumented.isEmpty() ? "" : String.join(", ", undocumented), lex, reuse, framing,
                ACCURACY);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /**
     * A family's title in words, its parts named ("Findings of each category, by voice (per 1,000 words)"),
     * never as placeholders ("…, …").
     */
    static String generic(String title) {
        String t = title.replace("{category}, {voice}", "Terminology findings of each category, by voice")
                .replace("{category}", "each category's").replace("{voice}", "each voice")
                .replace("{actor}", "each side").replace("{kind}", "each kind").replace("{rest}", "each set and variant");
        return t.replaceAll("\\{[a-z]+\\}", "each part");
    }
}
