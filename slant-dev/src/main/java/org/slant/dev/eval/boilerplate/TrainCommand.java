package org.slant.dev.eval.boilerplate;

import org.slant.Slant;
import org.slant.dev.eval.SharedData;
import org.slant.dev.train.Provenance;
import org.slant.extract.boilerplate.BlockModel;
import org.slant.extract.boilerplate.BoilerplateKind;
import org.slant.extract.boilerplate.BoilerplateRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code slant train boilerplate}: trains the HTML and the plain-text block models on the WCXB article pages,
 * measures them by site-disjoint cross-validation, and writes both with their provenance (corpus, folds, code
 * commit and its date, figures). Deterministic: the same corpus and commit give the same bytes.
 */
@Command(name = "boilerplate", mixinStandardHelpOptions = true,
        description = "Trains the boilerplate block models (Smile logistic regression, fixed seed) on WCXB's article "
                + "pages (../shared/data/wcxb-dev-articles) through the HTML path and the plain-text path, prints "
                + "their site-disjoint cross-validated figures and writes src/main/resources/boilerplate/model-html.tsv "
                + "and model-text.tsv.")
public final class TrainCommand implements Callable<Integer> {

    static final double LAMBDA = 1.0;
    static final double THRESHOLD = 0.5;
    /** The corpus as the shared data's README names it. */
    static final String CORPUS = "WCXB dev split, article pages (Murrough-Foley/web-content-extraction-benchmark c039d5e, CC-BY-4.0)";

    @Mixin
    SharedData data;

    @Option(names = "--out", defaultValue = "src/main/resources/boilerplate", paramLabel = "DIR",
            description = "Folder the two model files are written to (default: ${DEFAULT-VALUE}).")
    Path outDir;

    @Option(names = "--lambda", defaultValue = "" + LAMBDA, paramLabel = "X", description = "L2 penalty (default: ${DEFAULT-VALUE}).")
    double lambda;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = data.resolve("wcxb-dev-articles");
        if (!Files.isDirectory(dir.resolve("ground-truth"))) {
            return data.missing(spec.commandLine().getErr(), "boilerplate", "no WCXB data at " + dir);
        }
        BoilerplateRules rules = Slant.lexicons().standard().compile(new BoilerplateKind());
        WcxbTraining.Result r = WcxbTraining.run(dir, WcxbEvaluation.ids(dir, WcxbEvaluation.Split.all, 0), rules, lambda,
                THRESHOLD);
        Provenance prov = Provenance.of(Path.of("."));
        WcxbEvaluation.Summary h = WcxbEvaluation.summarise(r.scores(), r.skipped(), true);
        WcxbEvaluation.Summary t = WcxbEvaluation.summarise(r.scores(), r.skipped(), false);
        Files.createDirectories(outDir);
        write(outDir.resolve("model-html.tsv"), r.html(), "HTML path", r, r.htmlRows(), h, prov);
        write(outDir.resolve("model-text.tsv"), r.text(), "plain-text path", r, r.textRows(), t, prov);
        out.printf(Locale.ROOT, "Trained on %d pages from %d sites (%d without main_content skipped): %d HTML rows, %d text rows; "
                + "lambda %.3g, seed %d%n", r.pages(), r.sites(), r.skipped(), r.htmlRows().x().size(),
                r.textRows().x().size(), lambda, ModelTrainer.SEED);
        out.println("Site-disjoint cross-validated figures:");
        WcxbCommand.print(out, r.scores(), r.skipped());
        out.printf(Locale.ROOT, "Wrote %s and %s%n", outDir.resolve("model-html.tsv"), outDir.resolve("model-text.tsv"));
        out.flush();
        return 0;
    }

    private void write(Path file, BlockModel m, String path, WcxbTraining.Result r, ModelTrainer.Rows rows,
                       WcxbEvaluation.Summary s, Provenance prov) throws java.io.IOException {
        long positives = rows.y().stream().filter(v -> v == 1).count();
        Files.writeString(file, m.write(List.of(
                "Slant's boilerplate block model for the " + path + ": logistic regression over BlockFeatures, "
                        + "standardised coefficients.",
                "Written by 'slant train boilerplate' (Smile 3.1.1 LogisticRegression.binomial, L-BFGS), seed "
                        + ModelTrainer.SEED + ", lambda " + lambda + "; rows repeated by their length in words; threshold "
                        + "chosen for word F1 on the training rows.",
                "Code: commit " + prov.commit() + " of " + prov.date() + ".",
                "Corpus: " + CORPUS + ", " + r.pages() + " pages from " + r.sites() + " sites; " + rows.x().size()
                        + " blocks the model decides (" + positives + " boilerplate), labelled from main_content.",
                "Split: site-disjoint " + SiteFolds.FOLDS + "-fold cross-validation, fold = CRC-32 of the site (registrable "
                        + "host) mod " + SiteFolds.FOLDS + "; this file is trained on all folds.",
                String.format(Locale.ROOT, "Cross-validated (./slant eval wcxb): word P %.3f R %.3f F1 %.3f, with found "
                        + "%.1f%%, without leaked %.1f%%", s.precision(), s.recall(), s.f1(), 100 * s.withShare(),
                        100 * s.leakShare()))), StandardCharsets.UTF_8);
    }
}
