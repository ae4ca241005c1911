package org.slant.dev.eval.terminology;

import org.slant.extract.terminology.LoadedModel;
import org.slant.extract.terminology.TerminologyKind;
import org.slant.extract.terminology.TerminologyLexicon;
import org.slant.Slant;
import org.slant.lexicon.Lexicons;
import org.slant.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import org.slant.dev.eval.SharedData;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.EnumMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code slant eval ptc}: the {@code loaded} and {@code label} findings of the standard pipeline (every
 * voice) against the {@code Loaded_Language} and {@code Name_Calling,Labeling} spans of the Propaganda
 * Techniques Corpus, scored with the task's partial-overlap span metric ({@link SpanScore}): the lexicons
 * alone, and the lexicons with the learned model's findings, on the tune and the report split
 * ({@link PtcCorpus.Split}; the shipped model's last fit learned from the tune split too, after the tuning;
 * nothing ever learned from or was tuned on the report split).
 */
@Command(name = "ptc", mixinStandardHelpOptions = true,
        description = "Scores loaded+label terminology findings against the Propaganda Techniques Corpus "
                + "(Loaded_Language and Name_Calling,Labeling spans; partial-overlap span P/R/F1), lexicons alone "
                + "and with the loaded-language model, on the tune (ids ending 6-7) and report (8-9) splits.")
public final class PtcEvaluation implements Callable<Integer> {

    @Mixin
    SharedData data;

    @Option(names = "--rules", paramLabel = "N", defaultValue = "0",
            description = "Also list the N rules that fire most on the tune split, with their precision.")
    int rules;

    @Option(names = "--lexicon", paramLabel = "FILE", description = "Extra lexicon file, as on the analysing commands.")
    List<Path> lexicons = new ArrayList<>();

    @Spec
    CommandSpec spec;

    /** One split's scores (lexicons alone, lexicons and model), and per rule: findings and summed precision credit. */
    public record SplitResult(PtcCorpus.Split split, int articles, SpanScore lexicon, SpanScore combined,
                              Map<String, double[]> byRule) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path ptc = data.resolve("ptc");
        if (!PtcCorpus.present(ptc)) {
            return data.missing(spec.commandLine().getErr(), "ptc", "no PTC corpus at " + ptc
                    + " (expects train-articles/ and train-labels-task2-technique-classification/)");
        }
        Map<PtcCorpus.Split, SplitResult> results = measure(ptc, Slant.lexicons().withUserFiles(lexicons));
        out.println("PTC (SemEval-2020 Task 11 training articles): terminology loaded+label findings, all voices,");
        out.println("against Loaded_Language + Name_Calling,Labeling spans; partial-overlap span metric.");
        LoadedModel model = LoadedModel.shipped();
        out.println("Split by article id: train 0-5, tune 6-7 (a fit on 0-5 chose thresholds and penalty on them; the shipped");
        out.println("model is a last fit on 0-7, so its tune figures below are not held out), report 8-9 (never trained or tuned on).");
        out.println(model == null ? "Model: none in this build." : "Model: " + model.rule() + ", threshold " + model.threshold() + ", extend " + model.extend()
                + ", seed " + (model.ownSeed() ? "own" : "any") + ".");
        for (SplitResult r : results.values()) {
            line(out, r.split().describe(), "lexicons only", r.articles(), r.lexicon());
            line(out, r.split().describe(), "lexicons + model", r.articles(), r.combined());
        }
        if (rules > 0) {
            out.println("Most frequent rules on the tune split (findings, precision):");
            results.get(PtcCorpus.Split.TUNE).byRule().entrySet().stream()
                    .sorted((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]))
                    .limit(rules)
                    .forEach(e -> out.printf("  %-40s %5.0f  %.2f%n", e.getKey(), e.getValue()[0],
                            e.getValue()[1] / e.getValue()[0]));
        }
        out.flush();
        return 0;
    }

    private static void line(PrintWriter out, String split, String what, int articles, SpanScore s) {
        out.printf(java.util.Locale.ROOT, "  %-32s %-17s %3d articles  gold %5d  predicted %5d  P %.3f  R %.3f  F1 %.3f%n",
                split, what, articles, s.gold(), s.predicted(), s.precision(), s.recall(), s.f1());
    }

    /** The tune and report splits' scores with the standard pipeline and the shipped model. */
    public static Map<PtcCorpus.Split, SplitResult> measure(Path ptc, Lexicons lexicons) throws IOException {
        return measure(ptc, lexicons, List.of(PtcCorpus.Split.TUNE, PtcCorpus.Split.REPORT));
    }

    /** The given splits' scores with the standard pipeline and the shipped model (whatever the switch says). */
    public static Map<PtcCorpus.Split, SplitResult> measure(Path ptc, Lexicons lexicons, List<PtcCorpus.Split> splits)
            throws IOException {
        Pipeline pipeline = org.slant.extract.Analyzer.of(lexicons, LoadedModel.shipped()).pipeline();
        TerminologyLexicon lexicon = lexicons.compile(new TerminologyKind());
        Map<PtcCorpus.Split, SplitResult> out = new EnumMap<>(PtcCorpus.Split.class);
        List<PtcCorpus.Doc> docs = PtcCorpus.load(ptc);
        for (PtcCorpus.Split split : splits) {
            SpanScore alone = new SpanScore();
            SpanScore combined = new SpanScore();
            Map<String, double[]> byRule = new TreeMap<>();
            int n = 0;
            for (PtcCorpus.Doc doc : docs) {
                if (doc.split() != split) {
                    continue;
                }
                PtcArticle a = PtcArticle.analyse(doc, pipeline, lexicon);
                List<SpanScore.Span> gold = doc.goldSpans();
                alone.add(a.lexicon(), gold);
                combined.add(a.lexiconAnd(a.model()), gold);
                rules(a, gold, byRule);
                n++;
            }
            out.put(split, new SplitResult(split, n, alone, combined, byRule));
        }
        return out;
    }

    /** Per rule: findings and summed precision credit (only the --rules listing needs the rule ids). */
    private static void rules(PtcArticle a, List<SpanScore.Span> gold, Map<String, double[]> byRule) {
        List<SpanScore.Span> goldMerged = SpanScore.merge(gold);
        for (PtcArticle.Ruled f : a.findings()) {
            SpanScore.Span s = f.span();
            double[] r = byRule.computeIfAbsent(f.rule(), k -> new double[2]);
            r[0]++;
            r[1] += SpanScore.overlap(s, goldMerged) / (double) Math.max(1, s.end() - s.start());
        }
    }
}
