package org.slant.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code slant lexicon}: checks and explains lexicon files. */
@Command(name = "lexicon", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Checks lexicon files and explains their entries.",
        subcommands = {LexiconValidateCommand.class, LexiconExplainCommand.class})
public final class LexiconCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.ERROR;
    }
}
