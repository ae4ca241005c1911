package org.slant.dev.bench;

import java.util.List;

/** Every benchmark suite; {@code slant bench} runs them by name. */
public final class BenchSuites {

    private BenchSuites() {
    }

    public static List<BenchSuite> all() {
        return List.of(new PipelineBench(), new ReuseBench(), new ReportBench(),
                new org.slant.dev.bench.BoilerplateBench(),
                new org.slant.dev.bench.TerminologyBench(),
                new org.slant.dev.bench.AttributionBench(), new ScaleBench(), new RealTextBench());
    }
}
