package org.slant.cli;

import picocli.CommandLine;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point of the {@code slant} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Prefetch.start(args);
        // whatever else prints (the progress line) prints UTF-8 too; bytes pass the old streams unchanged
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code: 0 success, 1 findings over a threshold, 2 errors. */
    public static int run(String... args) {
        CommandLine cl = commandLine(args.length > 0 ? args[0] : null);
        int code;
        try {
            code = cl.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // the last safety net: a limit of the machine is one line and exit 2, never a stack trace
            cl.getOut().flush();
            cl.getErr().println("slant: " + (e instanceof OutOfMemoryError
                    ? "out of memory (give Java more with SLANT_JAVA_OPTS=-Xmx..., or a smaller --sample)"
                    : "input nested too deeply to process (stack overflow)") + "; stopped");
            code = ExitCodes.ERROR;
        }
        cl.getOut().flush();
        cl.getErr().flush();
        return code;
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
        if (only == null) {
            addPacks(cl, first);
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
        // UTF-8 whatever the locale, LANG=C or -Dfile.encoding say: JSON, SARIF and messages are the same
        // bytes on every machine (picocli would pick the platform's charset). Set last, so that every
        // subcommand has them.
        cl.setOut(utf8(System.out));
        cl.setErr(utf8(System.err));
        return cl;
    }

    /**
     * The development commands: those of the {@link CommandPack}s on the class path (picocli command
     * classes, objects or whole {@link CommandLine}s; only the one {@code first} names, when it names one),
     * and for each development command no pack provides, a stand-in that says where to run it. Not looked
     * up for the product's own commands, so that {@code slant check} does not pay for a class-path scan.
     */
    private static void addPacks(CommandLine cl, String first) {
        java.util.List<Object> commands = new java.util.ArrayList<>();
        for (CommandPack pack : java.util.ServiceLoader.load(CommandPack.class)) {
            commands.addAll(pack.subcommands());
        }
        boolean named = commands.stream().anyMatch(c -> name(c).equals(first));
        for (Object c : commands) {
            if (!named || name(c).equals(first)) {
                cl.addSubcommand(c);
            }
        }
        for (String dev : DevOnlyCommand.NAMES) {
            if (!named && !cl.getSubcommands().containsKey(dev)) {
                cl.addSubcommand(dev, new DevOnlyCommand());
            }
        }
    }

    private static String name(Object command) {
        if (command instanceof CommandLine l) {
            return l.getCommandName();
        }
        Class<?> c = command instanceof Class<?> k ? k : command.getClass();
        return c.getAnnotation(picocli.CommandLine.Command.class).name();
    }

    private static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    static String oneLine(Throwable ex) {
        String m = ex.getMessage();
        if (m == null || m.isBlank()) {
            m = ex.getClass().getSimpleName();
        }
        return org.slant.text.OneLine.of(m.strip());
    }
}
