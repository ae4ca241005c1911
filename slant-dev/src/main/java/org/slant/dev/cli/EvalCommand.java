package org.slant.dev.cli;

import org.slant.cli.ExitCodes;
import org.slant.cli.VersionProvider;
import org.slant.dev.eval.Evaluations;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code slant eval NAME}: measures an extractor against labels nobody on the project wrote (the shared
 * development corpora) or against the project's own labelled set. Subcommands come from {@link Evaluations}.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Measures the extractors against labelled corpora and prints precision, recall and F1.")
public final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /** Adds the evaluation subcommands to the eval command. */
    public static void register(CommandLine eval) {
        for (Object sub : Evaluations.all()) {
            eval.addSubcommand(sub);
        }
    }
}
