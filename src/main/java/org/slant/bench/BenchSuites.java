package org.slant.bench;

import java.util.List;

/** Every benchmark suite; {@code slant bench} runs them by name. */
public final class BenchSuites {

    private BenchSuites() {
    }

    public static List<BenchSuite> all() {
        return List.of(new PipelineBench(), new ReuseBench(), new ReportBench(),
                new org.slant.extract.boilerplate.bench.BoilerplateBench(),
                new org.slant.extract.terminology.TerminologyBench(),
                new org.slant.extract.attribution.AttributionBench(), new ScaleBench());
    }
}
