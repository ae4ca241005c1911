package org.slant.cli;

import org.slant.Slant;
import org.slant.batch.RunOptions;
import org.slant.compare.Analysis;
import org.slant.files.OutputFolder;
import org.slant.ingest.Formats;
import org.slant.text.OneLine;
import org.slant.report.StreamedReport;
import org.slant.report.html.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code slant report}: writes the report set. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Analyses articles and writes the report set (index.html, CSV files, analysis.json).")
public final class ReportCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Mixin
    SampleOption sampling;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Report folder (default: reports/NAME, NAME being the single input's name, else "
                    + "reports/report). It is replaced atomically; an existing folder must be empty or one Slant wrote (it holds "
                    + "a .slant-output marker), and outside the inputs.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        input.requirePaths(spec);
        HtmlReport.warmUpInBackground(() -> Slant.lexicons().standard()); // template start-up work overlaps the analysis
        Path dir = out != null ? out : defaultOut();
        OutputFolder.check(dir, input.readPaths());
        // the report folder is never read back as input (belt and braces: the check above refuses one inside); the
        // files that list every article stream to disk, so memory holds only the sample
        RunOptions options = sampling.apply(input.options()).withExclude(java.util.List.of(dir));
        Analysis a = StreamedReport.write(Slant.runner(), input.paths, options, dir);
        if (a.articles().isEmpty()) {
            AnalyzeCommand.reportErrors(a, spec.commandLine().getErr());
            spec.commandLine().getErr().println("slant: no article could be analysed; no report written");
            return ExitCodes.ERROR;
        }
        String held = a.corpus().sampled() ? String.format("; a sample of %d in detail", a.corpus().held()) : "";
        spec.commandLine().getOut().printf("Report: %s (%d articles%s, %d errors)%n",
                OneLine.of(dir.resolve("index.html").toString().replace('\\', '/')), a.corpus().articles(), held,
                a.errors().size());
        spec.commandLine().getOut().flush();
        SampleOption.note(a, "the page and the comparison", "every data file", spec.commandLine().getErr());
        return AnalyzeCommand.reportErrors(a, spec.commandLine().getErr());
    }

    private Path defaultOut() {
        if (input.paths.size() == 1) {
            String p = input.paths.get(0).replace('\\', '/');
            while (p.endsWith("/") && p.length() > 1) {
                p = p.substring(0, p.length() - 1);
            }
            String name = Formats.stem(p);
            if (!name.isBlank() && !name.equals(".") && !name.equals("..")) {
                return Path.of("reports", name);
            }
        }
        return Path.of("reports", "report");
    }
}
