package org.slant.train;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code slant train NAME}: retrains a shipped model from the shared labelled corpora. */
@Command(name = "train", mixinStandardHelpOptions = true, subcommands = LoadedTrainCommand.class,
        description = "Retrains a shipped model from the shared labelled corpora (reproducibly: same data, same bytes).")
public final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
