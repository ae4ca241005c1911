package org.slant.cli;

import org.slant.Slant;
import org.slant.check.Baseline;
import org.slant.check.ChangedLines;
import org.slant.check.CheckPrinter;
import org.slant.check.CheckReport;
import org.slant.check.Checker;
import org.slant.check.FailOn;
import org.slant.check.Policy;
import org.slant.check.PolicyDescription;
import org.slant.check.PolicyDiscovery;
import org.slant.check.PolicyReader;
import org.slant.check.Vocabulary;
import org.slant.config.Version;
import org.slant.lexicon.Lexicons;
import org.slant.model.AnalysisError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code slant check}: a CI gate that checks articles against a policy. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Checks articles against a policy (severities for findings, thresholds on metrics) and fails "
                + "when an issue at the --fail-on level is reported. The policy is --policy, else the first "
                + ".slant.yaml (.yml, .json) or .slant/policy.yaml found from the working folder upwards, else "
                + "the default policy. PATH '-' reads one article from standard input.",
        footer = {"", "Exit codes: 0 pass, 1 an issue at the --fail-on level (default: error) or a threshold of that "
                + "severity broken, 2 usage, input, policy, baseline or git errors."})
public final class CheckCommand implements Callable<Integer> {

    enum Format { text, json, sarif, junit, github }

    @Mixin
    InputOptions input;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "Policy file (YAML or JSON); overrides the one found from the working folder upwards.")
    Path policy;

    @Option(names = "--print-config",
            description = "Print the policy in force, where it comes from, and the other settings; check nothing.")
    boolean printConfig;

    @Option(names = "--format", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the output to this file (atomically) instead of standard output. An existing file is "
                    + "replaced only when slant check wrote it.")
    Path output;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
            description = "Lowest severity that fails the check: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--changed-since", paramLabel = "REF",
            description = "Check only the articles changed since this git revision (committed or not, and untracked "
                    + "ones), using the git on the machine.")
    String changedSince;

    @Option(names = "--lines",
            description = "With --changed-since: report findings only on the lines changed since REF.")
    boolean lines;

    @Option(names = "--stdin-filename", paramLabel = "NAME",
            description = "The file name of the article read from '-': its format, id and the path in messages "
                    + "(default: stdin.txt).")
    String stdinFilename;

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
        if (lines && changedSince == null) {
            err.println("slant: --lines needs --changed-since REF");
            return ExitCodes.ERROR;
        }
        Path cwd = Path.of("").toAbsolutePath();
        Optional<Path> found = policy != null ? Optional.empty() : PolicyDiscovery.find(cwd);
        Path policyFile = policy != null ? policy : found.orElse(null);
        String origin = policy != null ? "--policy"
                : found.isPresent() ? "found from the working folder " + cwd.toString().replace('\\', '/')
                : "default: no " + PolicyDiscovery.NAMES.get(0) + " or " + PolicyDiscovery.NAMES.get(3)
                + " from the working folder upwards";
        PolicyReader reader = policyFile == null ? PolicyReader.defaultPolicy()
                : PolicyReader.read(policyFile, org.slant.files.PathFence.of(input.allowOutsidePaths, input.paths));
        List<Path> lexiconFiles = new ArrayList<>(input.lexicons);
        lexiconFiles.addAll(reader.lexicons());
        Lexicons lexicons = Slant.lexicons().withUserFiles(lexiconFiles);
        Vocabulary vocabulary = Vocabulary.of(Slant.pipeline(lexicons), lexicons);
        Policy resolved = reader.resolve(vocabulary);
        if (printConfig) {
            PrintWriter out = spec.commandLine().getOut();
            PolicyDescription.print(resolved, origin, settings(), out);
            out.flush();
            return ExitCodes.OK;
        }
        input.requirePaths(spec);
        for (String stage : vocabulary.silentStages()) {
            err.println("slant: warning: stage '" + stage + "' declares no metrics, finding kinds or rules; "
                    + "a policy can name it only as a whole");
        }
        ChangedLines changes = changedSince == null ? null : ChangedLines.since(changedSince, cwd);
        Baseline accepted = baseline == null ? null : Baseline.read(baseline);
        try (StdinArticle stdin = StdinArticle.of(input.paths, stdinFilename)) {
            List<String> paths = stdin == null ? input.paths : stdin.paths(input.paths);
            Checker checker = new Checker(resolved, vocabulary, accepted, Version.get());
            if (stdin != null) {
                checker.showingFiles(stdin.shown());
            }
            // standard input is new by definition; files are checked when git lists them as changed
            CheckReport report = changes == null
                    ? checker.checkAll(Slant.runner(), paths, input.options().withLexicons(lexiconFiles))
                    : checker.checkAll(Slant.runner(), paths, input.options().withLexicons(lexiconFiles), file ->
                    (stdin == null || !stdin.isStdin(file)) && !changes.changed(Path.of(stripRecordLine(file))));
            if (changes != null && lines) {
                StdinArticle in = stdin;
                report = report.map(a -> in != null && in.isShownStdin(a.file()) ? a : changes.limit(a));
            }
            if (stdin != null) {
                report = report.renamingErrors(stdin.shown());
            }
            report = report.withFailOn(failOn);
            for (AnalysisError e : report.errors()) {
                err.println("slant: " + e.line());
            }
            if (changes != null) {
                err.println("slant: --changed-since " + changedSince + ": " + report.articles().size()
                        + (report.articles().size() == 1 ? " changed article" : " changed articles") + " checked");
            }
            err.flush();
            print(report, vocabulary);
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

    private void print(CheckReport report, Vocabulary vocabulary) throws Exception {
        String summaryFile = System.getenv("GITHUB_STEP_SUMMARY");
        CheckPrinter printer = CheckPrinter.of(format.name(),
                summaryFile == null || summaryFile.isBlank() ? null : Path.of(summaryFile));
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            printer.print(report, vocabulary, out);
            out.flush();
            return;
        }
        StringWriter buf = new StringWriter();
        PrintWriter w = new PrintWriter(buf);
        printer.print(report, vocabulary, w);
        w.flush();
        CheckOutputFile.write(output, buf.toString());
    }

    private List<String> settings() {
        List<String> s = new ArrayList<>();
        s.add("format: " + format.name() + (output == null ? " to standard output" : " to " + output));
        s.add("fail on: " + failOn.id());
        s.add("baseline: " + (baseline == null ? "none" : baseline.toString().replace('\\', '/')));
        s.add("changed since: " + (changedSince == null ? "(all articles)" : changedSince + (lines ? ", changed lines only" : "")));
        if (!input.lexicons.isEmpty()) {
            s.add("extra lexicons (--lexicon): " + String.join(", ", input.lexicons.stream()
                    .map(p -> p.toString().replace('\\', '/')).toList()));
        }
        return s;
    }

    /** A JSONL article's file is {@code path:line}; git knows the path. */
    private static String stripRecordLine(String file) {
        int colon = file.lastIndexOf(':');
        if (colon > 0 && colon < file.length() - 1 && file.substring(colon + 1).chars().allMatch(Character::isDigit)) {
            return file.substring(0, colon);
        }
        return file;
    }
}
