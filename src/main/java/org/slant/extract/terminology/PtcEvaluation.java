package org.slant.extract.terminology;

import org.slant.Slant;
import org.slant.lexicon.Lexicons;
import org.slant.model.Article;
import org.slant.model.ArticleMeta;
import org.slant.model.Finding;
import org.slant.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import org.slant.eval.SharedData;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code slant eval ptc}: the {@code loaded} and {@code label} findings of the standard pipeline (every
 * voice) against the {@code Loaded_Language} and {@code Name_Calling,Labeling} spans of the Propaganda
 * Techniques Corpus, scored with the task's partial-overlap span metric ({@link SpanScore}). Articles whose
 * id ends in 0-7 are the tuning split, 8-9 the report split; both are printed, named.
 */
@Command(name = "ptc", mixinStandardHelpOptions = true,
        description = "Scores loaded+label terminology findings against the Propaganda Techniques Corpus "
                + "(Loaded_Language and Name_Calling,Labeling spans; partial-overlap span P/R/F1).")
public final class PtcEvaluation implements Callable<Integer> {

    static final Set<String> TECHNIQUES = Set.of("Loaded_Language", "Name_Calling,Labeling");
    static final Set<String> CATEGORIES = Set.of(Category.LOADED.id(), Category.LABEL.id());

    @Mixin
    SharedData data;

    @Option(names = "--rules", paramLabel = "N", defaultValue = "0",
            description = "Also list the N rules that fire most on the tuning split, with their precision.")
    int rules;

    @Option(names = "--lexicon", paramLabel = "FILE", description = "Extra lexicon file, as on the analysing commands.")
    List<Path> lexicons = new ArrayList<>();

    @Spec
    CommandSpec spec;

    /** One split's score, and per rule: findings and summed precision credit. */
    record SplitResult(String name, int articles, SpanScore score, Map<String, double[]> byRule) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path articles = data.resolve("ptc/train-articles");
        Path labels = data.resolve("ptc/train-labels-task2-technique-classification");
        if (!Files.isDirectory(articles) || !Files.isDirectory(labels)) {
            return data.missing(spec.commandLine().getErr(), "ptc", "no PTC corpus at " + data.resolve("ptc")
                    + " (expects train-articles/ and train-labels-task2-technique-classification/)");
        }
        Pipeline pipeline = Slant.pipeline(Lexicons.withUserFiles(lexicons));
        SplitResult tune = run("tune (article ids ending 0-7)", articles, labels, pipeline, "01234567");
        SplitResult report = run("report (article ids ending 8-9)", articles, labels, pipeline, "89");
        out.println("PTC (SemEval-2020 Task 11 training articles): terminology loaded+label findings, all voices,");
        out.println("against Loaded_Language + Name_Calling,Labeling spans; partial-overlap span metric.");
        for (SplitResult r : List.of(tune, report)) {
            out.printf("  %-32s %3d articles  gold %5d  predicted %5d  P %.3f  R %.3f  F1 %.3f%n", r.name(),
                    r.articles(), r.score().gold(), r.score().predicted(), r.score().precision(),
                    r.score().recall(), r.score().f1());
        }
        if (rules > 0) {
            out.println("Most frequent rules on the tuning split (findings, precision):");
            tune.byRule().entrySet().stream()
                    .sorted((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]))
                    .limit(rules)
                    .forEach(e -> out.printf("  %-40s %5.0f  %.2f%n", e.getKey(), e.getValue()[0],
                            e.getValue()[1] / e.getValue()[0]));
        }
        out.flush();
        return 0;
    }

    static SplitResult run(String name, Path articles, Path labels, Pipeline pipeline, String lastDigits) throws IOException {
        SpanScore score = new SpanScore();
        Map<String, double[]> byRule = new TreeMap<>();
        int n = 0;
        for (Path file : list(articles)) {
            String id = file.getFileName().toString().replaceAll("^article|\\.txt$", "");
            if (id.isEmpty() || lastDigits.indexOf(id.charAt(id.length() - 1)) < 0) {
                continue;
            }
            String raw = Files.readString(file, StandardCharsets.UTF_8);
            List<SpanScore.Span> gold = gold(labels.resolve("article" + id + ".task2-TC.labels"));
            Article a = new Article(id, file.toString(), "txt", ArticleMeta.empty(), raw, List.of());
            List<SpanScore.Span> predicted = new ArrayList<>();
            List<SpanScore.Span> goldMerged = SpanScore.merge(gold);
            for (Finding f : pipeline.analyze(a).findings()) {
                if (f.extractor().equals(TerminologyAnalyzer.EXTRACTOR) && CATEGORIES.contains(f.category())) {
                    SpanScore.Span s = new SpanScore.Span(raw.codePointCount(0, f.start()), raw.codePointCount(0, f.end()));
                    predicted.add(s);
                    double[] r = byRule.computeIfAbsent(f.rule(), k -> new double[2]);
                    r[0]++;
                    r[1] += SpanScore.overlap(s, goldMerged) / (double) Math.max(1, s.end() - s.start());
                }
            }
            score.add(predicted, gold);
            n++;
        }
        return new SplitResult(name, n, score, byRule);
    }

    /** The gold spans of the two techniques: lines {@code id<TAB>technique<TAB>start<TAB>end}. */
    static List<SpanScore.Span> gold(Path labelFile) throws IOException {
        List<SpanScore.Span> out = new ArrayList<>();
        if (!Files.exists(labelFile)) {
            return out;
        }
        for (String line : Files.readAllLines(labelFile, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length >= 4 && TECHNIQUES.contains(f[1])) {
                out.add(new SpanScore.Span(Integer.parseInt(f[2].trim()), Integer.parseInt(f[3].trim())));
            }
        }
        return out;
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches("article\\d+\\.txt")).sorted().toList();
        }
    }
}
