package org.slant.cli;

import org.slant.compare.Analysis;
import org.slant.model.ArticleResult;
import org.slant.model.Finding;
import org.slant.text.OneLine;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;

/** The human-readable form of {@code slant analyze}. */
final class TextSummary {

    private TextSummary() {
    }

    static void print(Analysis a, PrintWriter out) {
        a.articles().forEach(r -> article(r, out));
        total(a.articles().size(), a.errors().size(), out);
    }

    /** One article's lines. */
    static void article(ArticleResult r, PrintWriter out) {
        var m = r.article().meta();
        out.printf("%s  %s (%s)  %d words  %d findings%n", OneLine.of(r.id()), OneLine.of(m.outlet()), m.outletSource().id(), r.words(),
                r.findings().size());
        if (m.title() != null) {
            out.println("  title: " + OneLine.of(m.title()));
        }
        Map<String, Integer> kinds = new TreeMap<>();
        r.findings().forEach(f -> kinds.merge(f.kind(), 1, Integer::sum));
        kinds.forEach((k, v) -> out.printf("  %-32s %d%n", k, v));
        for (Finding f : r.findings()) {
            out.printf("    %d-%d %s %s [%s] \"%s\"%n", f.start(), f.end(), f.kind(), f.voice().id(), f.rule(),
                    shorten(f.text()));
        }
        r.notes().forEach(n -> out.println("  note: " + OneLine.of(n)));
    }

    /** The closing line. */
    static void total(long articles, long errors, PrintWriter out) {
        out.printf("%d articles, %d errors%n", articles, errors);
    }

    static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 80 ? one.substring(0, 77) + "..." : one;
    }
}
