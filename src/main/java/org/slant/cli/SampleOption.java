package org.slant.cli;

import org.slant.Slant;
import picocli.CommandLine.Option;

/**
 * {@code --sample}, for the commands that hold articles for a comparison and detailed views (analyze,
 * report, exercises). {@code check} has no such option: a gate checks every article.
 */
public final class SampleOption {

    @Option(names = "--sample", paramLabel = "N", defaultValue = "1000", converter = PositiveNumber.Int.class,
            description = "Most articles held with their findings for the comparison and the detailed views; a "
                    + "larger corpus is represented by a deterministic sample (default: ${DEFAULT-VALUE}).")
    int sample;

    Slant.Options apply(Slant.Options o) {
        return o.withSampleLimit(sample);
    }
}
