package org.slant.dev.bench;

import org.slant.pipeline.Extractor;
import org.slant.pipeline.Key;
import org.slant.pipeline.Pipeline;
import org.slant.pipeline.StageInput;
import org.slant.pipeline.StageOutput;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds up the time each stage of a pipeline spends while the pipeline runs as it does in use, one article
 * through every stage in turn: a stage timed in a loop of its own keeps its data hot in the caches, which
 * the real interleaving of stages does not allow, and so looks faster than it is.
 */
public final class StageTimer {

    private final Map<String, long[]> nanos = new LinkedHashMap<>();

    /** The same stages, each wrapped to add its time to this timer. */
    public Pipeline wrap(Pipeline p) {
        Pipeline.Builder b = Pipeline.builder();
        for (Extractor e : p.stages()) {
            long[] cell = new long[1];
            nanos.put(e.id(), cell);
            b.add(new Timed(e, cell));
        }
        return b.build();
    }

    /** Nanoseconds spent in the stage since the last reset. */
    public long nanos(String stage) {
        return nanos.get(stage)[0];
    }

    public void reset() {
        nanos.values().forEach(c -> c[0] = 0);
    }

    private record Timed(Extractor inner, long[] cell) implements Extractor {

        @Override
        public String id() {
            return inner.id();
        }

        @Override
        public Set<Key<?>> requires() {
            return inner.requires();
        }

        @Override
        public Set<Key<?>> uses() {
            return inner.uses();
        }

        @Override
        public Set<Key<?>> provides() {
            return inner.provides();
        }

        @Override
        public List<String> metrics() {
            return inner.metrics();
        }

        @Override
        public List<String> categories() {
            return inner.categories();
        }

        @Override
        public List<String> rules() {
            return inner.rules();
        }

        @Override
        public StageOutput run(StageInput in) {
            long t0 = System.nanoTime();
            try {
                return inner.run(in);
            } finally {
                cell[0] += System.nanoTime() - t0;
            }
        }
    }
}
