package org.slant.cli;

import org.slant.Slant;
import org.slant.model.Analysis;
import org.slant.model.AnalysisError;
import org.slant.report.csv.CsvReports;
import org.slant.report.json.AnalysisJson;
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

    enum Format { text, json, csv }

    @Mixin
    InputOptions input;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Analysis a = Slant.analyzeAll(input.paths, input.options());
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> {
                java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
                AnalysisJson.write(a, b);
                out.print(b.toString(java.nio.charset.StandardCharsets.UTF_8));
            }
            case csv -> out.print(CsvReports.articles(a));
            case text -> TextSummary.print(a, out);
        }
        out.flush();
        return reportErrors(a, spec.commandLine().getErr());
    }

    /** Prints each input error as one line and returns the exit code. */
    static int reportErrors(Analysis a, PrintWriter err) {
        for (AnalysisError e : a.errors()) {
            err.println("slant: " + e.line());
        }
        err.flush();
        return a.errors().isEmpty() ? ExitCodes.OK : ExitCodes.ERROR;
    }
}
