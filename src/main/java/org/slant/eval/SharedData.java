package org.slant.eval;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * The {@code --data} option every evaluation command shares: the folder of public labelled corpora, by
 * default {@code ../shared/data} beside the repository. The corpora never go into the repository itself.
 */
public final class SharedData {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
            description = "Folder of the shared labelled corpora (default: ${DEFAULT-VALUE}).")
    Path dir;

    /** A corpus folder inside it, such as {@code ptc} or {@code wcxb-dev-articles}. */
    public Path resolve(String corpus) {
        return dir.resolve(corpus);
    }
}
