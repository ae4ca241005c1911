package org.slant.dev.cli;

import org.slant.cli.ExitCodes;
import org.slant.cli.VersionProvider;
import org.slant.dev.bench.BenchRun;
import org.slant.dev.bench.BenchSuite;
import org.slant.dev.bench.BenchSuites;
import org.slant.report.json.AnalysisJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code slant bench}: runs benchmark suites; each reports throughput as a ratio to a baseline measured in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Runs benchmarks. Each suite measures a baseline in the same run and reports ratios.")
public final class BenchCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SUITE", description = "Suite to run (default: list them).")
    String suite;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "ARG", description = "Arguments for the suite (e.g. corpus paths).")
    List<String> args = new ArrayList<>();

    @Option(names = "--quick", description = "Short warm-up and measurement (for smoke tests, not for numbers).")
    boolean quick;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON.")
    Path json;

    @Option(names = "--articles", paramLabel = "N", description = "realtext: articles in the corpus (default 10000).")
    Integer articles;

    @Option(names = "--baseline", paramLabel = "DIR",
            description = "realtext: another checkout whose ./slant runs the same corpus in alternating rounds.")
    Path baseline;

    @Option(names = "--rounds", paramLabel = "N", description = "realtext: rounds against the baseline (default 3).")
    Integer rounds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (suite == null) {
            for (BenchSuite s : BenchSuites.all()) {
                out.printf("  %-14s %s%n", s.name(), s.description());
            }
            out.flush();
            return ExitCodes.OK;
        }
        BenchSuite chosen = BenchSuites.all().stream().filter(s -> s.name().equals(suite)).findFirst().orElse(null);
        if (chosen == null) {
            spec.commandLine().getErr().println("slant: unknown benchmark '" + suite + "' (run 'slant bench' to list them)");
            return ExitCodes.ERROR;
        }
        out.printf("%s: %s (java %s, %d cores)%n", chosen.name(), chosen.description(),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        List<String> suiteArgs = new ArrayList<>(args);
        if (articles != null) {
            suiteArgs.addAll(List.of("--articles", articles.toString()));
        }
        if (baseline != null) {
            suiteArgs.addAll(List.of("--baseline", baseline.toString()));
        }
        if (rounds != null) {
            suiteArgs.addAll(List.of("--rounds", rounds.toString()));
        }
        BenchRun run = new BenchRun(out, quick ? 0.2 : 3, quick ? 0.3 : 5, suiteArgs);
        chosen.run(run);
        if (json != null) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("suite", chosen.name());
            doc.put("java", System.getProperty("java.version"));
            doc.put("cores", Runtime.getRuntime().availableProcessors());
            doc.put("results", run.results());
            Files.writeString(json, AnalysisJson.writer().writeValueAsString(doc) + "\n");
        }
        return ExitCodes.OK;
    }
}
