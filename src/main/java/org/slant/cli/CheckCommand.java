package org.slant.cli;

import org.slant.Slant;
import org.slant.Version;
import org.slant.check.Baseline;
import org.slant.check.CheckPrinter;
import org.slant.check.CheckReport;
import org.slant.check.Checker;
import org.slant.check.Policy;
import org.slant.check.PolicyReader;
import org.slant.check.Vocabulary;
import org.slant.lexicon.Lexicons;
import org.slant.model.AnalysisError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code slant check}: a CI gate that checks articles against a policy. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Checks articles against a policy (severities for findings, thresholds on metrics) and fails "
                + "when an error-level issue is reported.",
        footer = {"", "Exit codes: 0 pass, 1 an error-level finding or a threshold broken, 2 usage, input, policy "
                + "or baseline errors."})
public final class CheckCommand implements Callable<Integer> {

    enum Format { text, json, sarif, junit, github }

    @Mixin
    InputOptions input;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "Policy file (YAML or JSON). Without it the default policy applies (see the README).")
    Path policy;

    @Option(names = "--format", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Report only issues that are not in this baseline.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Write every reported issue to this baseline file (and exit 0 unless an input failed).")
    Path writeBaseline;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PolicyReader reader = policy == null ? PolicyReader.defaultPolicy()
                : PolicyReader.read(policy, org.slant.files.PathFence.of(input.allowOutsidePaths, input.paths));
        List<Path> lexiconFiles = new ArrayList<>(input.lexicons);
        lexiconFiles.addAll(reader.lexicons());
        Lexicons lexicons = Lexicons.withUserFiles(lexiconFiles);
        Vocabulary vocabulary = Vocabulary.of(Slant.pipeline(lexicons), lexicons);
        for (String stage : vocabulary.silentStages()) {
            err.println("slant: warning: stage '" + stage + "' declares no metrics, finding kinds or rules; "
                    + "a policy can name it only as a whole");
        }
        Policy resolved = reader.resolve(vocabulary);
        Baseline accepted = baseline == null ? null : Baseline.read(baseline);
        CheckReport report = new Checker(resolved, vocabulary, accepted, Version.get())
                .checkAll(input.paths, input.options().withLexicons(lexiconFiles));
        for (AnalysisError e : report.errors()) {
            err.println("slant: " + e.line());
        }
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        CheckPrinter.of(format.name()).print(report, vocabulary, out);
        out.flush();
        if (writeBaseline != null) {
            int n = Baseline.write(report, writeBaseline);
            err.println("slant: wrote " + n + " accepted issues to "
                    + org.slant.text.OneLine.of(writeBaseline.toString().replace('\\', '/')));
            err.flush();
            return report.errors().isEmpty() ? ExitCodes.OK : ExitCodes.ERROR;
        }
        return report.exitCode();
    }
}
