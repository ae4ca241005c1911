package org.slant.bench;

import java.util.List;

/** Every benchmark suite; {@code slant bench} runs them by name. */
public final class BenchSuites {

    private BenchSuites() {
    }

    public static List<BenchSuite> all() {
        return List.of(new PipelineBench(), new org.slant.extract.boilerplate.bench.BoilerplateBench());
    }
}
