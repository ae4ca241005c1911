package org.slant.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** The top-level {@code slant} command: only subcommands. */
@Command(name = "slant", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Shows how news outlets frame the same event: loaded terminology, attribution and boilerplate, "
                + "compared side by side.",
        footer = {"", "Exit codes: 0 success, 1 findings over a threshold, 2 usage or input errors."})
public final class SlantCommand implements Callable<Integer> {

    /**
     * The product's subcommands, in help order. {@link Main} registers only the one a command line names
     * (building every command's model is a sizeable part of a short run's start-up), all of them otherwise;
     * the development commands come from a {@link CommandPack} when the slant-dev jar is on the class path.
     */
    static final java.util.List<Class<?>> SUBCOMMANDS = java.util.List.of(AnalyzeCommand.class, ReportCommand.class,
            CheckCommand.class, ExtractCommand.class, ExercisesCommand.class, LexiconCommand.class);

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.ERROR;
    }
}
