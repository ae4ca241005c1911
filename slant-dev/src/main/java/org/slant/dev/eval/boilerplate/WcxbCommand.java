package org.slant.dev.eval.boilerplate;

import org.slant.Slant;
import org.slant.extract.boilerplate.BoilerplateExtractor;
import org.slant.extract.boilerplate.BoilerplateKind;
import org.slant.extract.boilerplate.BoilerplateRules;
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
                + "path and for the same pages as plain text with their boilerplate in (text path). By default the "
                + "figures are site-disjoint cross-validated: each page is extracted by block models trained on "
                + "the other folds' sites, with the fragment and island constants chosen on those sites too (nested).")
public final class WcxbCommand implements Callable<Integer> {

    @Mixin
    SharedData data;

    @Option(names = "--split", paramLabel = "SPLIT",
            description = "Score the shipped models on these pages instead of cross-validating: all, even or odd ids "
                    + "(the shipped models were trained on all of them: a fit, not a held-out figure).")
    WcxbEvaluation.Split split;

    @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "At most N pages, spread over the ids.")
    int limit;

    @Option(names = "--worst", defaultValue = "0", paramLabel = "N", description = "Also list the N pages with the lowest HTML F1.")
    int worst;

    @Option(names = "--scores", paramLabel = "FILE", description = "Also write each page's scores as tab-separated values.")
    Path scoresFile;

    @Option(names = "--leaks", paramLabel = "FILE",
            description = "Also write every leaked must-not snippet (id, path, snippet) as tab-separated values.")
    Path leaksFile;

    @Option(names = "--rules", paramLabel = "FILE", description = "Also write, per deciding rule and path, the blocks it "
            + "labelled boilerplate and how many of them the gold text holds (cross-validation only).")
    Path rulesFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = data.resolve("wcxb-dev-articles");
        if (!Files.isDirectory(dir.resolve("ground-truth"))) {
            return data.missing(spec.commandLine().getErr(), "wcxb", "no WCXB data at " + dir);
        }
        List<WcxbEvaluation.PageScore> scores = new ArrayList<>();
        int skipped = 0;
        if (split == null) {
            BoilerplateRules rules = Slant.lexicons().standard().compile(new BoilerplateKind());
            WcxbTraining.Result r = WcxbTraining.run(dir, WcxbEvaluation.ids(dir, WcxbEvaluation.Split.all, limit), rules,
                    TrainCommand.LAMBDA, TrainCommand.THRESHOLD);
            scores.addAll(r.scores());
            skipped = r.skipped();
            if (rulesFile != null) {
                StringBuilder b = new StringBuilder("path\trule\tdecided\tgold_content\n");
                r.htmlRuleErrors().forEach((k, v) -> b.append("html\t").append(k).append('\t').append(v[0]).append('\t').append(v[1]).append('\n'));
                r.textRuleErrors().forEach((k, v) -> b.append("text\t").append(k).append('\t').append(v[0]).append('\t').append(v[1]).append('\n'));
                Files.writeString(rulesFile, b.toString());
            }
            out.printf(Locale.ROOT, "WCXB article pages (%s), site-disjoint %d-fold cross-validation (%d sites, fold = "
                    + "CRC-32 of the site mod %d): %d scored, %d without main_content skipped%n", dir, SiteFolds.FOLDS,
                    r.sites(), SiteFolds.FOLDS, scores.size(), skipped);
            out.printf(Locale.ROOT, "Constants chosen inside the cross-validation (nested: each fold's from %d grid points "
                    + "on the other folds' sites only):%n", org.slant.extract.boilerplate.Tuning.GRID.size());
            for (int k = 0; k < r.chosen().size(); k++) {
                out.printf(Locale.ROOT, "  fold %d: %s%n", k, r.chosen().get(k));
            }
            out.printf(Locale.ROOT, "  on all folds (what ships): %s; shipped now: %s%n", r.chosenOnAll(),
                    org.slant.extract.boilerplate.Tuning.SHIPPED);
            out.println("With the shipped constants (chosen on these pages: not held out, for comparison):");
            print(out, r.shippedScores(), skipped);
            out.println("Held out (each fold with its own constants):");
        } else {
            WcxbEvaluation eval = new WcxbEvaluation(new BoilerplateExtractor(Slant.lexicons().standard()));
            for (String id : WcxbEvaluation.ids(dir, split, limit)) {
                WcxbEvaluation.PageScore s = eval.score(dir, id);
                if (s == null) {
                    skipped++;
                } else {
                    scores.add(s);
                }
            }
            out.printf(Locale.ROOT, "WCXB article pages (%s, split %s, shipped models, trained on these pages): %d "
                    + "scored, %d without main_content skipped%n", dir, split, scores.size(), skipped);
        }
        print(out, scores, skipped);
        if (scoresFile != null) {
            writeScores(scoresFile, scores);
        }
        if (leaksFile != null) {
            StringBuilder b = new StringBuilder("id\tpath\tsnippet\n");
            for (WcxbEvaluation.PageScore s : scores) {
                s.html().leaked().forEach(l -> b.append(s.id()).append("\thtml\t").append(oneLine(l)).append('\n'));
                s.text().leaked().forEach(l -> b.append(s.id()).append("\ttext\t").append(oneLine(l)).append('\n'));
            }
            Files.writeString(leaksFile, b.toString());
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

    static void print(PrintWriter out, List<WcxbEvaluation.PageScore> scores, int skipped) {
        out.printf(Locale.ROOT, "  %-6s %9s %9s %9s %12s %14s%n", "path", "precision", "recall", "F1", "with found",
                "without leaked");
        for (boolean html : new boolean[]{true, false}) {
            WcxbEvaluation.Summary s = WcxbEvaluation.summarise(scores, skipped, html);
            out.printf(Locale.ROOT, "  %-6s %9.3f %9.3f %9.3f %11.1f%% %13.1f%%%n", html ? "html" : "text",
                    s.precision(), s.recall(), s.f1(), 100 * s.withShare(), 100 * s.leakShare());
        }
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static void writeScores(Path file, List<WcxbEvaluation.PageScore> scores) throws java.io.IOException {
        StringBuilder b = new StringBuilder("id\thtml_p\thtml_r\thtml_f1\ttext_p\ttext_r\ttext_f1\twith\twithout\thtml_with\thtml_leaked\ttext_with\ttext_leaked\n");
        for (WcxbEvaluation.PageScore s : scores) {
            b.append(String.format(Locale.ROOT, "%s\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%d\t%d\t%d\t%d\t%d\t%d%n", s.id(),
                    s.html().prf().precision(), s.html().prf().recall(), s.html().prf().f1(), s.text().prf().precision(),
                    s.text().prf().recall(), s.text().prf().f1(), s.with(), s.without(), s.html().withFound(),
                    s.html().withoutLeaked(), s.text().withFound(), s.text().withoutLeaked()));
        }
        Files.writeString(file, b.toString());
    }
}
