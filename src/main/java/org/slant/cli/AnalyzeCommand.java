package org.slant.cli;

import org.slant.Slant;
import org.slant.batch.StreamSummary;
import org.slant.compare.Analysis;
import org.slant.model.AnalysisError;
import org.slant.report.csv.CsvReports;
import org.slant.report.json.AnalysisJson;
import org.slant.report.json.ArticleRecords;
import org.slant.report.json.ArticleSpool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code slant analyze}: per-article results on standard output. */
@Command(name = "analyze", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Analyses articles and prints per-article results.")
public final class AnalyzeCommand implements Callable<Integer> {

    enum Format { text, json, csv, jsonl }

    @Mixin
    InputOptions input;

    @Mixin
    SampleOption sampling;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} "
            + "(default: ${DEFAULT-VALUE}); jsonl streams one article per line as it is analysed.")
    Format format;

    @Option(names = "--out", paramLabel = "DIR", description = "Stream per-article results into DIR as they are "
            + "analysed (articles.jsonl, findings.csv, metrics.csv, errors.jsonl), in bounded memory. An existing DIR "
            + "must be empty or one Slant wrote (it holds a .slant-output marker), and outside the inputs.")
    java.nio.file.Path out;

    @Option(names = "--resume", description = "With --out: keep what an interrupted run wrote and analyse only the rest.")
    boolean resume;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        input.requirePaths(spec);
        if (resume && out == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--resume needs --out DIR");
        }
        if (out != null) {
            return streamToFolder();
        }
        if (format == Format.jsonl) {
            return streamToStdout();
        }
        if (format == Format.text) {
            return textToStdout();
        }
        // json and csv need the comparison (reuse metrics, the comparison object) before they can be written:
        // every article is spooled to a temporary file meanwhile, and memory holds only the sample
        PrintWriter o = spec.commandLine().getOut();
        java.nio.file.Path tmp = java.nio.file.Files.createTempDirectory("slant-analyze-");
        try (ArticleSpool spool = new ArticleSpool(tmp.resolve("articles.spool"))) {
            Analysis a = Slant.analyzeAll(input.paths, sampling.apply(input.options()), spool);
            ArticleRecords all = ArticleRecords.spooled(a, spool);
            if (format == Format.json) {
                AnalysisJson.write(a, all, o);
            } else {
                CsvReports.articles(all, o);
            }
            o.flush();
            SampleOption.note(a, "the comparison and its reuse metrics", "standard output", spec.commandLine().getErr());
            return reportErrors(a, spec.commandLine().getErr());
        } finally {
            java.nio.file.Files.deleteIfExists(tmp.resolve("articles.spool"));
            java.nio.file.Files.deleteIfExists(tmp);
        }
    }

    /** The text summary, article by article as they are analysed (it needs no comparison). */
    private int textToStdout() {
        PrintWriter o = spec.commandLine().getOut();
        StreamSummary s = Slant.stream(input.paths, input.options(), new org.slant.batch.ResultSink() {
            @Override
            public void result(org.slant.model.ArticleResult r) {
                TextSummary.article(r, o);
            }

            @Override
            public void error(AnalysisError e) {
            }
        }, file -> false);
        TextSummary.total(s.articles(), s.errors().size(), o);
        o.flush();
        return printErrors(s.errors(), spec.commandLine().getErr());
    }

    private int streamToFolder() throws java.io.IOException {
        org.slant.files.OutputFolder.check(out, input.readPaths());
        try (org.slant.report.CorpusWriter w = org.slant.report.CorpusWriter.open(out, resume)) {
            StreamSummary s = Slant.stream(input.paths, input.options().withExclude(java.util.List.of(out)), w,
                    w::isDone);
            PrintWriter o = spec.commandLine().getOut();
            o.printf("%s: %d articles analysed, %d skipped as already done, %d errors%n",
                    org.slant.text.OneLine.of(out.toString().replace('\\', '/')), s.articles(), s.skipped(),
                    s.errors().size());
            o.flush();
            return printErrors(s.errors(), spec.commandLine().getErr());
        }
    }

    private int streamToStdout() {
        PrintWriter o = spec.commandLine().getOut();
        StreamSummary s = Slant.stream(input.paths, input.options(), new org.slant.batch.ResultSink() {
            @Override
            public void result(org.slant.model.ArticleResult r) {
                try {
                    o.print(AnalysisJson.line(r));
                    o.print('\n');
                    o.flush();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }

            @Override
            public void error(AnalysisError e) {
            }
        }, file -> false);
        return printErrors(s.errors(), spec.commandLine().getErr());
    }

    static int printErrors(java.util.List<AnalysisError> errors, PrintWriter err) {
        for (AnalysisError e : errors) {
            err.println("slant: " + e.line());
        }
        err.flush();
        return errors.isEmpty() ? ExitCodes.OK : ExitCodes.ERROR;
    }

    /** Prints each input error as one line and returns the exit code. */
    static int reportErrors(Analysis a, PrintWriter err) {
        return printErrors(a.errors(), err);
    }
}
