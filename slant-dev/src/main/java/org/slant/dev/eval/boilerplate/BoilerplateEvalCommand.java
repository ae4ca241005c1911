package org.slant.dev.eval.boilerplate;

import org.slant.Slant;
import org.slant.extract.boilerplate.BoilerplateKind;
import org.slant.extract.boilerplate.BoilerplateRules;
import org.slant.extract.boilerplate.Category;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code slant eval boilerplate}: block labels and kept text on the project's own labelled pages. */
@Command(name = "boilerplate", mixinStandardHelpOptions = true,
        description = "Scores the boilerplate extractor on the project's labelled pages (slant-dev/src/eval/boilerplate/pages): "
                + "block precision/recall/F1 per category and word precision/recall/F1 of the kept text, for the "
                + "shipped model (trained on these pages) and leave-one-site-out (each site scored by a model "
                + "trained without it).")
public final class BoilerplateEvalCommand implements Callable<Integer> {

    @Option(names = "--pages", defaultValue = LabelledSet.DEFAULT_DIR, paramLabel = "DIR",
            description = "Folder of labelled pages (default: ${DEFAULT-VALUE}).")
    Path pages;

    @Option(names = "--lambda", defaultValue = "" + TrainCommand.LAMBDA, paramLabel = "X",
            description = "L2 penalty of the cross-validated models (default: ${DEFAULT-VALUE}).")
    double lambda;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(pages)) {
            out.println("boilerplate: skipped, no labelled pages at " + pages + " (run from the project folder or give --pages)");
            out.flush();
            return 0;
        }
        List<LabelledPage> set = LabelledSet.load(pages);
        BoilerplateRules rules = Slant.lexicons().standard().compile(new BoilerplateKind());
        BlockScores shipped = BoilerplateEvaluation.shipped(set, rules);
        BlockScores cv = BoilerplateEvaluation.crossValidated(set, rules, lambda, 0.5);
        long html = set.stream().filter(p -> !p.article().markup().isEmpty()).count();
        out.printf(Locale.ROOT, "Labelled pages: %d (%d HTML, %d text) from %d sites, %d blocks%n", set.size(), html,
                set.size() - html, LabelledSet.sites(set).size(), shipped.blocks());
        print(out, shipped, cv);
        out.flush();
        return 0;
    }

    static void print(PrintWriter out, BlockScores a, BlockScores b) {
        out.printf(Locale.ROOT, "  %-18s %7s   %-23s   %-23s%n", "", "", "shipped model", "leave-one-site-out");
        out.printf(Locale.ROOT, "  %-18s %7s   %6s %6s %6s    %6s %6s %6s%n", "block label", "gold", "P", "R", "F1", "P", "R", "F1");
        for (Category c : Category.values()) {
            row(out, c.id(), a.support(c), a.category(c), b.category(c));
        }
        row(out, "any boilerplate", -1, a.boilerplate(), b.boilerplate());
        out.printf(Locale.ROOT, "  %-18s %7s   %20.3f    %20.3f%n", "block accuracy", "", a.accuracy(), b.accuracy());
        row(out, "kept-text words", -1, a.words(), b.words());
        out.println("  (kept-text words: bag-of-words scores of the content blocks against the gold content, mean over pages)");
    }

    private static void row(PrintWriter out, String name, long support, WordScores.Prf x, WordScores.Prf y) {
        out.printf(Locale.ROOT, "  %-18s %7s   %6.3f %6.3f %6.3f    %6.3f %6.3f %6.3f%n", name,
                support < 0 ? "" : Long.toString(support), x.precision(), x.recall(), x.f1(), y.precision(), y.recall(), y.f1());
    }
}
