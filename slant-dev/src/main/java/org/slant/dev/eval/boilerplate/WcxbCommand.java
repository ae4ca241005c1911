package org.slant.dev.eval.boilerplate;

import org.slant.Slant;
import org.slant.extract.boilerplate.BoilerplateExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import org.slant.dev.eval.SharedData;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code slant eval wcxb}: article extraction and contamination on the WCXB article pages. */
@Command(name = "wcxb", mixinStandardHelpOptions = true,
        description = "Scores the boilerplate extractor on WCXB's article pages (../shared/data/wcxb-dev-articles): "
                + "word precision/recall/F1 of the clean text against main_content (averaged over pages), the "
                + "share of 'with' snippets found and of 'without' (boilerplate) snippets leaked; for the HTML "
                + "path and for the same pages as plain text with their boilerplate in (text path).")
public final class WcxbCommand implements Callable<Integer> {

    @Mixin
    SharedData data;

    @Option(names = "--split", defaultValue = "all", paramLabel = "SPLIT",
            description = "Pages: all, even or odd ids (default: ${DEFAULT-VALUE}). Tuning used even; report odd.")
    WcxbEvaluation.Split split;

    @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "At most N pages, spread over the split.")
    int limit;

    @Option(names = "--worst", defaultValue = "0", paramLabel = "N", description = "Also list the N pages with the lowest HTML F1.")
    int worst;

    @Option(names = "--scores", paramLabel = "FILE", description = "Also write each page's scores as tab-separated values.")
    Path scoresFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = data.resolve("wcxb-dev-articles");
        if (!Files.isDirectory(dir.resolve("ground-truth"))) {
            return data.missing(spec.commandLine().getErr(), "wcxb", "no WCXB data at " + dir);
        }
        WcxbEvaluation eval = new WcxbEvaluation(new BoilerplateExtractor(Slant.lexicons().standard()));
        List<String> ids = WcxbEvaluation.ids(dir, split, limit);
        List<WcxbEvaluation.PageScore> scores = new ArrayList<>();
        int skipped = 0;
        for (String id : ids) {
            WcxbEvaluation.PageScore s = eval.score(dir, id);
            if (s == null) {
                skipped++;
            } else {
                scores.add(s);
            }
        }
        out.printf(Locale.ROOT, "WCXB article pages (%s, split %s): %d scored, %d without main_content skipped%n",
                dir, split, scores.size(), skipped);
        out.printf(Locale.ROOT, "  %-6s %9s %9s %9s %12s %14s%n", "path", "precision", "recall", "F1", "with found",
                "without leaked");
        for (boolean html : new boolean[]{true, false}) {
            WcxbEvaluation.Summary s = WcxbEvaluation.summarise(scores, skipped, html);
            out.printf(Locale.ROOT, "  %-6s %9.3f %9.3f %9.3f %11.1f%% %13.1f%%%n", html ? "html" : "text",
                    s.precision(), s.recall(), s.f1(), 100 * s.withShare(), 100 * s.leakShare());
        }
        if (scoresFile != null) {
            StringBuilder b = new StringBuilder("id\thtml_p\thtml_r\thtml_f1\ttext_p\ttext_r\ttext_f1\twith\twithout\thtml_with\thtml_leaked\ttext_with\ttext_leaked\n");
            for (WcxbEvaluation.PageScore s : scores) {
                b.append(String.format(Locale.ROOT, "%s\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%d\t%d\t%d\t%d\t%d\t%d%n", s.id(),
                        s.html().prf().precision(), s.html().prf().recall(), s.html().prf().f1(), s.text().prf().precision(),
                        s.text().prf().recall(), s.text().prf().f1(), s.with(), s.without(), s.html().withFound(),
                        s.html().withoutLeaked(), s.text().withFound(), s.text().withoutLeaked()));
            }
            Files.writeString(scoresFile, b.toString());
        }
        if (worst > 0) {
            scores.stream().sorted(Comparator.comparingDouble(s -> s.html().prf().f1())).limit(worst)
                    .forEach(s -> out.printf(Locale.ROOT, "  worst %s html P %.3f R %.3f F1 %.3f | text F1 %.3f%n", s.id(),
                            s.html().prf().precision(), s.html().prf().recall(), s.html().prf().f1(),
                            s.text().prf().f1()));
        }
        out.flush();
        return 0;
    }
}
