package org.slant.dev.eval.boilerplate;

import org.slant.Slant;
import org.slant.extract.boilerplate.BlockModel;
import org.slant.extract.boilerplate.BoilerplateKind;
import org.slant.extract.boilerplate.BoilerplateRules;
import picocli.CommandLine.Command;
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

/** {@code slant eval boilerplate-train}: retrains the block model on the labelled pages and writes it. */
@Command(name = "boilerplate-train", mixinStandardHelpOptions = true,
        description = "Retrains the boilerplate block model (Smile logistic regression, fixed seed) on the project's "
                + "labelled pages and writes src/main/resources/boilerplate/model.tsv; prints its "
                + "leave-one-site-out accuracy.")
public final class TrainCommand implements Callable<Integer> {

    static final double LAMBDA = 1.0;

    @Option(names = "--pages", defaultValue = LabelledSet.DEFAULT_DIR, paramLabel = "DIR",
            description = "Folder of labelled pages (default: ${DEFAULT-VALUE}).")
    Path pages;

    @Option(names = "--out", defaultValue = "src/main/resources/" + BlockModel.RESOURCE, paramLabel = "FILE",
            description = "Where to write the model (default: ${DEFAULT-VALUE}).")
    Path outFile;

    @Option(names = "--lambda", defaultValue = "" + LAMBDA, paramLabel = "X", description = "L2 penalty (default: ${DEFAULT-VALUE}).")
    double lambda;

    @Option(names = "--threshold", defaultValue = "0.5", paramLabel = "P",
            description = "Probability above which a block is boilerplate (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(pages)) {
            spec.commandLine().getErr().println("slant: no labelled pages at " + pages);
            return 2;
        }
        List<LabelledPage> set = LabelledSet.load(pages);
        BoilerplateRules rules = Slant.lexicons().standard().compile(new BoilerplateKind());
        ModelTrainer.Rows rows = ModelTrainer.rows(set, rules);
        List<String> sites = LabelledSet.sites(set);
        double cv = ModelTrainer.crossValidatedAccuracy(rows, sites, lambda, threshold);
        BlockModel m = ModelTrainer.fit(rows, null, lambda, threshold);
        long positives = rows.y().stream().filter(v -> v == 1).count();
        Files.writeString(outFile, tsv(m, set.size(), sites.size(), rows.x().size(), positives, cv, lambda),
                StandardCharsets.UTF_8);
        out.printf(Locale.ROOT, "Trained on %d blocks (%d boilerplate) of %d pages from %d sites; lambda %.3g, seed %d%n",
                rows.x().size(), positives, set.size(), sites.size(), lambda, ModelTrainer.SEED);
        out.printf(Locale.ROOT, "Leave-one-site-out accuracy of the model on the blocks it decides: %.3f%n", cv);
        out.printf(Locale.ROOT, "Wrote %s%n", outFile);
        for (int j = 0; j < m.features().size(); j++) {
            out.printf(Locale.ROOT, "  %-20s %+8.3f%n", m.features().get(j), m.weights()[j]);
        }
        out.flush();
        return 0;
    }

    static String tsv(BlockModel m, int pages, int sites, int rows, long positives, double cv, double lambda) {
        return m.write(List.of(
                "Slant's boilerplate block model: logistic regression over BlockFeatures, standardised coefficients.",
                "Written by 'slant eval boilerplate-train' (Smile 3.1.1 LogisticRegression.binomial, L-BFGS), seed "
                        + ModelTrainer.SEED + ", lambda " + lambda + ".",
                "Training data: slant-dev/src/eval/boilerplate/pages, " + pages + " pages from " + sites + " sites, " + rows
                        + " blocks (" + positives + " boilerplate).",
                String.format(Locale.ROOT, "Leave-one-site-out accuracy on the blocks the model decides: %.3f", cv)));
    }

}
