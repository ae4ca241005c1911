package org.slant.cli;

import org.slant.Slant;
import org.slant.compare.Analysis;
import org.slant.exercise.Exercise;
import org.slant.exercise.ExerciseSet;
import org.slant.exercise.Exercises;
import org.slant.exercise.Level;
import org.slant.files.OutputFolder;
import org.slant.ingest.Formats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code slant exercises}: worksheets and answer keys for the classroom. */
@Command(name = "exercises", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Analyses articles and writes classroom worksheets with separate answer keys: spot the loaded "
                + "word, who is speaking, same story different words, what is missing, not the article, blind "
                + "comparison, naming choices. Kinds the set cannot support are skipped with the reason.")
public final class ExercisesCommand implements Callable<Integer> {

    enum LevelOption { intro, advanced }

    enum FormatOption { html, md }

    @Mixin
    InputOptions input;

    @Mixin
    SampleOption sampling;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: reports/NAME-exercises, NAME being the single input's name, "
                    + "else reports/exercises). It is replaced atomically; an existing folder must be empty or one Slant "
                    + "wrote (it holds a .slant-output marker), and outside the inputs.")
    Path out;

    @Option(names = "--level", defaultValue = "intro", paramLabel = "LEVEL",
            description = "intro (fewer items, hints) or advanced (more items, no hints); default: ${DEFAULT-VALUE}.")
    LevelOption level;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
            description = "Chooses the material; the same articles and seed give the same files (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--format", defaultValue = "html", paramLabel = "FORMAT",
            description = "html (print-ready pages) or md (Markdown); default: ${DEFAULT-VALUE}.")
    FormatOption format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        input.requirePaths(spec);
        Path dir = out != null ? out : defaultOut();
        OutputFolder.check(dir, input.readPaths());
        Analysis a = Slant.analyzeAll(input.paths, sampling.apply(input.options()));
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (a.articles().isEmpty()) {
            AnalyzeCommand.reportErrors(a, stderr);
            stderr.println("slant: no article could be analysed; no exercises written");
            stderr.flush();
            return ExitCodes.ERROR;
        }
        Exercises.Format f = format == FormatOption.md ? Exercises.Format.MD : Exercises.Format.HTML;
        ExerciseSet set = Exercises.build(a, Slant.lexicons().withUserFiles(input.options().lexicons()),
                Level.of(level.name()), seed, sourceName(input.paths));
        Exercises.write(set, a, f, dir);
        String folder = org.slant.text.OneLine.of(dir.toString().replace('\\', '/'));
        stdout.printf("Exercises: %s/index.%s (%s)%n", folder, f.extension, set.summary());
        for (Exercise e : set.exercises()) {
            stdout.printf("  %d. %s: %s.%s, answer key %s.key.%s%n", e.number(), e.title(), e.slug(), f.extension,
                    e.slug(), f.extension);
        }
        for (ExerciseSet.Skip s : set.skipped()) {
            stdout.printf("  %d. %s: not made. %s%n", s.number(), s.title(), s.reason());
        }
        stdout.flush();
        return AnalyzeCommand.reportErrors(a, stderr);
    }

    private Path defaultOut() {
        if (input.paths.size() == 1) {
            String p = input.paths.get(0).replace('\\', '/');
            while (p.endsWith("/") && p.length() > 1) {
                p = p.substring(0, p.length() - 1);
            }
            String name = Formats.stem(p);
            if (!name.isBlank() && !name.equals(".") && !name.equals("..")) {
                return Path.of("reports", name + "-exercises");
            }
        }
        return Path.of("reports", "exercises");
    }

    /**
     * The inputs as the sheets name them: each file or folder's own name ("seeds", "week-12.jsonl"), never the
     * path on this computer, which means nothing to students and may say more than the teacher wants.
     */
    static String sourceName(java.util.List<String> paths) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (String p : paths) {
            String s = p.replace('\\', '/');
            while (s.endsWith("/") && s.length() > 1) {
                s = s.substring(0, s.length() - 1);
            }
            String name = s.substring(s.lastIndexOf('/') + 1);
            if (name.isEmpty() || name.equals(".") || name.equals("..")) {
                java.nio.file.Path abs = java.nio.file.Path.of(p).toAbsolutePath().normalize().getFileName();
                name = abs == null ? "articles" : abs.toString();
            }
            names.add(name);
        }
        return org.slant.text.English.and(names);
    }
}
