package org.slant.cli;

import org.slant.batch.RunOptions;
import org.slant.compare.Analysis;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * {@code --sample}, for the commands that hold articles for a comparison and detailed views (analyze,
 * report, exercises). {@code check} has no such option: a gate checks every article.
 */
public final class SampleOption {

    @Option(names = "--sample", paramLabel = "N", defaultValue = "" + RunOptions.DEFAULT_SAMPLE_LIMIT,
            converter = PositiveNumber.Int.class,
            description = "Most articles held with their findings for the comparison and the page's detailed "
                    + "views; a larger corpus is represented there by a deterministic sample. Data files and "
                    + "standard output always list every article (default: ${DEFAULT-VALUE}).")
    int sample;

    RunOptions apply(RunOptions o) {
        return o.withSampleLimit(sample);
    }

    /**
     * One line on standard error when the analysis holds a sample, so that nobody takes the sample for the
     * corpus: how many were analysed, how many are held and for what, and where every article is.
     *
     * @param heldFor what the sample is for ("the page and the comparison")
     * @param all     what holds every article ("every output file")
     */
    static void note(Analysis a, String heldFor, String all, PrintWriter err) {
        if (a.corpus().sampled()) {
            err.println(String.format(Locale.ROOT, "slant: %,d articles analysed; %s hold a sample of %,d "
                    + "(--sample); %s lists all %,d", a.corpus().articles(), heldFor, a.corpus().held(), all,
                    a.corpus().articles()));
            err.flush();
        }
    }
}
