package org.slant.cli;

import org.slant.batch.RunOptions;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Options shared by every command that analyses articles. */
public final class InputOptions {

    // 0..* so that `slant check --print-config` needs none; every command that reads articles asks for one
    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Article files (.txt, .md, .html, .htm, .jsonl) or folders, searched recursively.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "Manifest (JSON or YAML) with each article's outlet, date, title and URL.")
    Path manifest;

    @Option(names = "--lexicon", paramLabel = "FILE",
            description = "Extra lexicon file; its entries add to the built-in ones or override entries with the same id.")
    List<Path> lexicons = new ArrayList<>();

    @Option(names = "--max-article-size", paramLabel = "BYTES", defaultValue = "10485760",
            converter = PositiveNumber.Long.class,
            description = "Refuse articles larger than this (default: ${DEFAULT-VALUE}).")
    long maxArticleBytes;

    @Option(names = "--threads", paramLabel = "N", converter = PositiveNumber.Int.class,
            description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--allow-outside-paths",
            description = "Let a manifest's file entries (and a policy's lexicons) name files outside that file's own "
                    + "folder and the inputs; without it such a path is an error.")
    boolean allowOutsidePaths;

    @Option(names = {"-q", "--quiet"}, description = "No progress line on standard error.")
    boolean quiet;

    @Option(names = "--loaded-model", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "The learned loaded-language model's findings (rule model.loaded@N) beside the lexicons' "
                    + "(default: on; about three times the loaded words and labels at lower precision; "
                    + "--no-loaded-model for the lexicons alone; docs/terminology.md).")
    boolean loadedModel = true;

    /** Every path the run reads (articles and folders, manifest, lexicons), which no output may hold or replace. */
    List<Path> readPaths() {
        List<Path> all = new ArrayList<>();
        paths.forEach(p -> all.add(Path.of(p)));
        if (manifest != null) {
            all.add(manifest);
        }
        all.addAll(lexicons);
        return all;
    }

    /** Fails like picocli's own arity check when no PATH was given. */
    void requirePaths(picocli.CommandLine.Model.CommandSpec spec) {
        if (paths.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'PATH'");
        }
    }

    RunOptions options() {
        RunOptions o = RunOptions.defaults().withManifest(manifest).withLexicons(lexicons)
                .withMaxArticleBytes(maxArticleBytes).withQuiet(quiet).withAllowOutsidePaths(allowOutsidePaths)
                .withLoadedModel(loadedModel);
        return threads == null ? o : o.withThreads(threads);
    }
}
