package org.slant.dev.cli;

import org.slant.cli.CommandPack;
import picocli.CommandLine;

import java.util.List;

/**
 * The development commands this module adds to {@code slant} (registered in
 * {@code META-INF/services/org.slant.cli.CommandPack}): the launcher puts this jar on the class path of a
 * source checkout, the release jar has none of them.
 */
public final class DevCommands implements CommandPack {

    @Override
    public List<Object> subcommands() {
        CommandLine eval = new CommandLine(new EvalCommand());
        EvalCommand.register(eval);
        return List.of(BenchCommand.class, eval, SynthCommand.class, TrainCommand.class);
    }
}
