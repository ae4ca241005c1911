package org.slant.dev.eval.attribution;

import org.slant.Slant;
import org.slant.extract.attribution.Attribution;
import org.slant.extract.attribution.AttributionExtractor;
import org.slant.extract.attribution.CueKind;
import org.slant.extract.attribution.CueLexicon;
import org.slant.extract.attribution.model.AttributionModel;
import org.slant.extract.attribution.model.ModelInput;
import org.slant.lexicon.Lexicons;
import org.slant.model.ArticleMeta;
import org.slant.model.Content;
import org.slant.text.BlockSplitter;
import org.slant.text.Tokenizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import org.slant.dev.eval.SharedData;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import smile.stat.hypothesis.CorTest;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code slant eval polnear}: the attribution extractor against the PolNeAR corpus (Newell, Margolin &
 * Ruths, LREC 2018). Each text goes through block splitting, the content stage and the extractor (no
 * boilerplate stage, so the numbers measure attribution alone). PolNeAR annotates only outermost
 * attributions and gives a source to one attribution at most, so nested attributions (depth 1) are left
 * out and a source shared with an earlier verb (", adding that") is scored as no source. A text annotated
 * twice is scored against the annotation file whose name sorts first.
 */
@Command(name = "polnear", mixinStandardHelpOptions = true,
        description = "Cue and source precision/recall/F1 (tokens, exact and overlapping spans) and the Spearman "
                + "correlation of attribution counts per article, on PolNeAR.")
public final class PolnearEval implements Callable<Integer> {

    @Mixin
    SharedData data;

    @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "dev",
            description = "dev (report) or train (development only); default: ${DEFAULT-VALUE}.")
    String split;

    @Option(names = "--tuning-part",
            description = "With --split train: score only the articles held out of fitting (names hashing to 0-1 of 10), "
                    + "for error analysis without looking at dev.")
    boolean tuningPart;

    @Option(names = "--show-misses", paramLabel = "N", defaultValue = "0",
            description = "Print up to N missed and N spurious cues with their sentence (for development).")
    int showMisses;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!split.equals("dev") && !split.equals("train")) {
            err.println("slant eval polnear: --split must be dev or train");
            return 2;
        }
        if (tuningPart && !split.equals("train")) {
            err.println("slant eval polnear: --tuning-part goes with --split train");
            return 2;
        }
        Path root = data.resolve("polnear/data").resolve(split);
        if (!Files.isDirectory(root.resolve("text")) || !Files.isDirectory(root.resolve("attributions"))) {
            return data.missing(err, "polnear", "PolNeAR not found at " + root);
        }
        Lexicons lexicons = Slant.lexicons().standard();
        AttributionExtractor rules = new AttributionExtractor(lexicons, AttributionExtractor.Engine.RULES);
        AttributionExtractor model = new AttributionExtractor(lexicons, AttributionExtractor.Engine.MODEL);
        CueLexicon cueLexicon = lexicons.compile(new CueKind());
        AttributionModel bestF1 = AttributionModel.shipped().bestF1();
        PolnearScore before = new PolnearScore();
        PolnearScore score = new PolnearScore();
        PolnearScore best = new PolnearScore();
        PolnearScore annotators = new PolnearScore();
        List<double[]> counts = new ArrayList<>();
        List<String> twice = new ArrayList<>();
        Misses misses = new Misses(showMisses);
        int doubled = 0;
        for (Path text : texts(root.resolve("text"))) {
            String name = text.getFileName().toString().replaceFirst("\\.txt$", "");
            List<Path> anns = annotations(root.resolve("attributions"), name);
            if (anns.isEmpty()) {
                continue;
            }
            String raw = Files.readString(text, StandardCharsets.UTF_8);
            List<org.slant.text.Token> tokens = Tokenizer.tokenize(raw);
            if (anns.size() > 1) {
                // the second annotator scored against the first, like a system: the ceiling a model can expect
                annotators.add(tokens, BratAttributions.parse(Files.readString(anns.get(0), StandardCharsets.UTF_8)),
                        asPredicted(BratAttributions.parse(Files.readString(anns.get(1), StandardCharsets.UTF_8))));
                doubled++;
            }
            if (tuningPart && Math.floorMod(name.hashCode(), 10) >= 2) {
                continue;
            }
            if (anns.size() > 1) {
                twice.add(name + " -> " + anns.get(0).getFileName());
            }
            List<BratAttributions.Gold> gold = BratAttributions.parse(Files.readString(anns.get(0), StandardCharsets.UTF_8));
            Content content = Content.of(raw, BlockSplitter.split(raw));
            List<PolnearScore.Predicted> pred = predictions(model, content);
            List<Attribution> ruled = rules.analyze(content, ArticleMeta.empty()).attributions();
            before.add(tokens, gold, predictions(ruled, content));
            score.add(tokens, gold, pred);
            ModelInput in = new ModelInput(content, cueLexicon, ruled);
            best.add(tokens, gold, modelOnly(in, bestF1.find(in)));
            counts.add(new double[]{gold.size(), pred.size()});
            misses.add(name, raw, gold, pred);
        }
        if (counts.isEmpty()) {
            return data.missing(err, "polnear", "no annotated texts in " + root);
        }
        out.printf(Locale.ROOT, "PolNeAR %s: %d articles (outermost attributions; upstream annotator agreement 92.3%%)%n",
                split, counts.size());
        out.printf(Locale.ROOT, "Before: the rules alone%n");
        table(out, before);
        double[] t = AttributionModel.shipped().thresholds();
        out.printf(Locale.ROOT, "After: the learned model (%s, with the rules as features; cue thresholds %.2f/%.2f, "
                + "chosen on train for precision >= 0.85), as the model engine runs it%n", AttributionModel.shipped().cueId(),
                t[0], t[1]);
        report(out, score, counts, twice);
        double[] b = bestF1.thresholds();
        out.printf(Locale.ROOT, "Best F1: the same model at the cue thresholds of its best F1 on train (%.2f/%.2f)%n", b[0], b[1]);
        table(out, best);
        if (annotators.cueTokens.f1() > 0) {
            out.printf(Locale.ROOT, "Annotators: on the %d texts of the split annotated twice, the second file scored against "
                    + "the first%n", doubled);
            table(out, annotators);
        }
        misses.print(out);
        out.flush();
        return 0;
    }

    /** Another annotator's attributions as predictions (cue and source from their first to their last offset). */
    private static List<PolnearScore.Predicted> asPredicted(List<BratAttributions.Gold> other) {
        List<PolnearScore.Predicted> out = new ArrayList<>();
        for (BratAttributions.Gold g : other) {
            out.add(new PolnearScore.Predicted(g.cue().start(), g.cue().end(), g.source() == null ? -1 : g.source().start(),
                    g.source() == null ? -1 : g.source().end()));
        }
        return out;
    }

    /** The model's own cues and sources (what the model engine keeps of them at depth 0) in raw offsets. */
    private static List<PolnearScore.Predicted> modelOnly(ModelInput in, List<AttributionModel.Found> found) {
        Content c = in.content();
        List<PolnearScore.Predicted> out = new ArrayList<>();
        for (AttributionModel.Found f : found) {
            out.add(new PolnearScore.Predicted(c.rawStart(in.tokens().get(f.cueFirst()).start()),
                    c.rawEnd(in.tokens().get(f.cueEnd() - 1).end()),
                    f.hasSource() ? c.rawStart(in.tokens().get(f.sourceFirst()).start()) : -1,
                    f.hasSource() ? c.rawEnd(in.tokens().get(f.sourceEnd() - 1).end()) : -1));
        }
        return out;
    }

    private static List<PolnearScore.Predicted> predictions(AttributionExtractor x, Content content) {
        return predictions(x.analyze(content, ArticleMeta.empty()).attributions(), content);
    }

    /** Depth-0 attributions in raw offsets; a source shared with an earlier verb, or none, is no source. */
    private static List<PolnearScore.Predicted> predictions(List<Attribution> found, Content content) {
        List<PolnearScore.Predicted> pred = new ArrayList<>();
        for (Attribution a : found) {
            if (a.depth() > 0) {
                continue;
            }
            boolean own = !"shared".equals(a.source().resolution()) && a.sourceEnd() > a.sourceStart();
            pred.add(new PolnearScore.Predicted(content.rawStart(a.cueStart()), content.rawEnd(a.cueEnd()),
                    own ? content.rawStart(a.sourceStart()) : -1, own ? content.rawEnd(a.sourceEnd()) : -1));
        }
        return pred;
    }

    private void table(PrintWriter out, PolnearScore s) {
        out.printf(Locale.ROOT, "  %-22s %9s %9s %9s %9s %9s%n", "", "precision", "recall", "F1", "predicted", "gold");
        row(out, "cue tokens", s.cueTokens);
        row(out, "cue spans, exact", s.cueExact);
        row(out, "cue spans, overlap", s.cueOverlap);
        row(out, "source tokens", s.sourceTokens);
        row(out, "source spans, exact", s.sourceExact);
        row(out, "source spans, overlap", s.sourceOverlap);
    }

    private void report(PrintWriter out, PolnearScore s, List<double[]> counts, List<String> twice) {
        table(out, s);
        double[] gold = counts.stream().mapToDouble(c -> c[0]).toArray();
        double[] pred = counts.stream().mapToDouble(c -> c[1]).toArray();
        CorTest rho = CorTest.spearman(gold, pred);
        out.printf(Locale.ROOT, "  attributions per article: Spearman rho %.3f (p = %.2g); gold %.0f, predicted %.0f%n",
                rho.cor, rho.pvalue, sum(gold), sum(pred));
        for (String t : twice) {
            out.println("  annotated twice, scored against the first file: " + t);
        }
    }

    private static double sum(double[] xs) {
        double s = 0;
        for (double x : xs) {
            s += x;
        }
        return s;
    }

    private static void row(PrintWriter out, String label, PolnearScore.Counts c) {
        out.printf(Locale.ROOT, "  %-22s %9.3f %9.3f %9.3f %9d %9d%n", label, c.precision(), c.recall(), c.f1(),
                c.predicted, c.gold);
    }

    private static List<Path> texts(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** The annotation files of a text ({@code <name>_<annotator>.ann}), sorted by name. */
    private static List<Path> annotations(Path dir, String name) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String f = p.getFileName().toString();
                return f.endsWith(".ann") && f.startsWith(name + "_") && f.indexOf('_', name.length() + 1) < 0;
            }).sorted().toList();
        }
    }
}
