package org.slant.dev.cli;

import org.slant.cli.PositiveNumber;
import org.slant.cli.ExitCodes;
import org.slant.cli.VersionProvider;
import org.slant.dev.bench.BenchCorpus;
import org.slant.dev.synth.SyntheticCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code slant synth}: writes a synthetic corpus (JSONL) made from real articles, for benchmarks and scale tests. */
@Command(name = "synth", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Writes a synthetic JSONL corpus from source articles (default: seeds): reordered, trimmed, "
                + "reworded and mixed paragraphs, several synthetic outlets per source outlet. Same seed, same bytes.")
public final class SynthCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "SOURCE", description = "Source articles or folders (default: seeds).")
    List<String> sources = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output JSONL file.")
    Path out;

    @Option(names = "--articles", defaultValue = "1000", paramLabel = "N", converter = PositiveNumber.Int.class,
            description = "Number of articles (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--outlets-per-source", defaultValue = "4", paramLabel = "K", converter = PositiveNumber.Int.class,
            description = "Synthetic outlets per source outlet (default: ${DEFAULT-VALUE}).")
    int outletsPerSource;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SyntheticCorpus corpus = new SyntheticCorpus(BenchCorpus.load(sources), outletsPerSource, seed);
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        corpus.writeJsonl(articles, tmp);
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        spec.commandLine().getOut().printf("%s: %d articles%n", org.slant.text.OneLine.of(out.toString()), articles);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
