package org.slant.batch;

import org.slant.ingest.ArticleReaders;

import java.nio.file.Path;
import java.util.List;

/**
 * Settings for a run over a set of inputs ({@link CorpusRunner}).
 *
 * @param sampleLimit most articles an {@link org.slant.compare.Analysis} holds with their findings; a larger corpus is
 *                    represented by a deterministic sample of this size in the comparison and the page
 *                    (outlet profiles still cover all; a streamed report's data files list every article)
 * @param quiet       no progress line on standard error
 * @param exclude     folders never read as input (the run's own output folder)
 * @param allowOutsidePaths whether a manifest may list files outside its folder and the inputs
 *                    ({@link org.slant.files.PathFence})
 * @param loadedModel whether the learned loaded-language model adds its findings to the lexicons' (unless
 *                    {@code -Dslant.loaded.model=off} switches it off for the whole JVM)
 */
public record RunOptions(Path manifest, List<Path> lexicons, long maxArticleBytes, int threads, int sampleLimit,
                         boolean quiet, List<Path> exclude, boolean allowOutsidePaths, boolean loadedModel) {

    /**
     * A held article costs many times its text (tokens, sentences, quotations, findings, metrics): 300
     * leave room for the comparison and the page in a 256 MB heap (src/bench/memory-256m.sh). Outputs that
     * list articles list every one, whatever the sample.
     */
    public static final int DEFAULT_SAMPLE_LIMIT = 300;

    public static RunOptions defaults() {
        return new RunOptions(null, List.of(), ArticleReaders.DEFAULT_MAX_ARTICLE_BYTES,
                Runtime.getRuntime().availableProcessors(), DEFAULT_SAMPLE_LIMIT, true, List.of(), false, true);
    }

    public RunOptions withManifest(Path m) {
        return new RunOptions(m, lexicons, maxArticleBytes, threads, sampleLimit, quiet, exclude, allowOutsidePaths, loadedModel);
    }

    public RunOptions withLexicons(List<Path> l) {
        return new RunOptions(manifest, l, maxArticleBytes, threads, sampleLimit, quiet, exclude, allowOutsidePaths, loadedModel);
    }

    public RunOptions withMaxArticleBytes(long b) {
        return new RunOptions(manifest, lexicons, b, threads, sampleLimit, quiet, exclude, allowOutsidePaths, loadedModel);
    }

    public RunOptions withThreads(int t) {
        return new RunOptions(manifest, lexicons, maxArticleBytes, t, sampleLimit, quiet, exclude, allowOutsidePaths, loadedModel);
    }

    public RunOptions withSampleLimit(int n) {
        return new RunOptions(manifest, lexicons, maxArticleBytes, threads, n, quiet, exclude, allowOutsidePaths, loadedModel);
    }

    public RunOptions withExclude(List<Path> e) {
        return new RunOptions(manifest, lexicons, maxArticleBytes, threads, sampleLimit, quiet, List.copyOf(e),
                allowOutsidePaths, loadedModel);
    }

    public RunOptions withAllowOutsidePaths(boolean allow) {
        return new RunOptions(manifest, lexicons, maxArticleBytes, threads, sampleLimit, quiet, exclude, allow, loadedModel);
    }

    public RunOptions withQuiet(boolean q) {
        return new RunOptions(manifest, lexicons, maxArticleBytes, threads, sampleLimit, q, exclude,
                allowOutsidePaths, loadedModel);
    }

    public RunOptions withLoadedModel(boolean on) {
        return new RunOptions(manifest, lexicons, maxArticleBytes, threads, sampleLimit, quiet, exclude,
                allowOutsidePaths, on);
    }
}
