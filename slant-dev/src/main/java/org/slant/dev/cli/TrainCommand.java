package org.slant.dev.cli;

import org.slant.cli.ExitCodes;
import org.slant.cli.VersionProvider;
import org.slant.dev.actors.ActorsTrainCommand;
import org.slant.dev.train.LoadedTrainCommand;
import org.slant.dev.train.TrainAttributionCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code slant train NAME}: retrains a learned model from the shared labelled corpora and writes its resource. */
@Command(name = "train", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Retrains a model from the shared labelled corpora and writes its resource files.",
        subcommands = {TrainAttributionCommand.class, LoadedTrainCommand.class, ActorsTrainCommand.class,
                org.slant.dev.eval.boilerplate.TrainCommand.class})
public final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
