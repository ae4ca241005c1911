package org.slant.cli;

import picocli.CommandLine;

/** Entry point of the {@code slant} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Prefetch.start(args);
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code: 0 success, 1 findings over a threshold, 2 errors. */
    public static int run(String... args) {
        return commandLine(args.length > 0 ? args[0] : null).execute(args);
    }

    public static CommandLine commandLine() {
        return commandLine(null);
    }

    /** The command line with every subcommand, or only {@code first} when that names one. */
    static CommandLine commandLine(String first) {
        CommandLine cl = new CommandLine(new SlantCommand());
        Class<?> only = null;
        for (Class<?> c : SlantCommand.SUBCOMMANDS) {
            if (c.getAnnotation(picocli.CommandLine.Command.class).name().equals(first)) {
                only = c;
            }
        }
        for (Class<?> c : SlantCommand.SUBCOMMANDS) {
            if (only == null || c == only) {
                cl.addSubcommand(c);
            }
        }
        if (cl.getSubcommands().containsKey("eval")) {
            EvalCommand.register(cl.getSubcommands().get("eval"));
        }
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("slant: " + oneLine(ex));
            return ExitCodes.ERROR;
        });
        // a usage error is one line too (the message and where to look), not the message and the whole --help
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("slant: " + oneLine(ex) + " (see '" + c.getCommandSpec().qualifiedName() + " --help')");
            c.getErr().flush();
            return ExitCodes.ERROR;
        });
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    static String oneLine(Throwable ex) {
        String m = ex.getMessage();
        if (m == null || m.isBlank()) {
            m = ex.getClass().getSimpleName();
        }
        return m.replaceAll("\\s+", " ").trim();
    }
}
