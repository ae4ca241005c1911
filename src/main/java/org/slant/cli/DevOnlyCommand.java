package org.slant.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Stands in for a development command (bench, eval, train, synth) when the slant-dev jar is not on the
 * class path, as in the release jar: one line that says where the command is, and exit 2, whatever the
 * arguments. Hidden from the help, which lists only what this jar can run.
 */
@Command(hidden = true)
final class DevOnlyCommand implements Callable<Integer> {

    /** The commands the slant-dev module provides. */
    static final List<String> NAMES = List.of("bench", "eval", "synth", "train");

    @Unmatched
    List<String> ignored = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("slant: `" + spec.name()
                + "` is a development command: run it from a source checkout with ./slant");
        return ExitCodes.ERROR;
    }
}
