package org.slant.dev.eval;

import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The {@code --data} option every evaluation command shares: the folder of public labelled corpora, by
 * default {@code ../shared/data} beside the repository. The corpora never go into the repository itself.
 * Without {@code --data}, a missing corpus is a skip (exit 0: a clone without the corpora still builds);
 * a folder the user named that does not hold the corpus is an error (exit 2), never a silent skip.
 */
public final class SharedData {

    public static final Path DEFAULT = Path.of("../shared/data");

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder of the shared labelled corpora (default: ../shared/data; when given, a missing "
                    + "corpus is an error, not a skip).")
    Path dir;

    /** A corpus folder inside it, such as {@code ptc} or {@code wcxb-dev-articles}. */
    public Path resolve(String corpus) {
        return (dir == null ? DEFAULT : dir).resolve(corpus);
    }

    /** Whether the user named the folder. */
    public boolean given() {
        return dir != null;
    }

    /**
     * Says that the corpus is missing, in one line, and gives the exit code: 2 when {@code --data} named a
     * folder, 0 (a skip) when the default folder is simply not there.
     */
    public int missing(PrintWriter err, String command, String what) {
        if (given()) {
            err.println("slant eval " + command + ": " + what + " (--data " + dir.toString().replace('\\', '/') + ")");
            err.flush();
            return 2;
        }
        err.println("slant eval " + command + ": skipped: " + what + " (give the shared data folder with --data)");
        err.flush();
        return 0;
    }
}
