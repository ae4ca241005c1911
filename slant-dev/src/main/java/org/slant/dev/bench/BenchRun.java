package org.slant.dev.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times work the same way for every suite: warm up until the JIT has settled, then time rounds until
 * enough time has passed, and take the median round. Results print as a table and can be kept as JSON.
 */
public final class BenchRun {

    private final PrintWriter out;
    private final double warmupSeconds;
    private final double measureSeconds;
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final List<String> args;

    public BenchRun(PrintWriter out, double warmupSeconds, double measureSeconds, List<String> args) {
        this.out = out;
        this.warmupSeconds = warmupSeconds;
        this.measureSeconds = measureSeconds;
        this.args = List.copyOf(args);
    }

    /** Extra arguments given after the suite name (e.g. a corpus path). */
    public List<String> args() {
        return args;
    }

    public boolean quick() {
        return measureSeconds < 1;
    }

    /** Times {@code work}, which processes {@code bytes} bytes and {@code items} items per call. */
    public Measurement measure(String label, long bytes, long items, Runnable work) {
        long warmEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        do {
            work.run();
        } while (System.nanoTime() < warmEnd);
        List<Double> rounds = new ArrayList<>();
        long measureEnd = System.nanoTime() + (long) (measureSeconds * 1e9);
        do {
            long t0 = System.nanoTime();
            work.run();
            rounds.add((System.nanoTime() - t0) / 1e9);
        } while (System.nanoTime() < measureEnd || rounds.size() < 3);
        double[] r = rounds.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(r);
        Measurement m = new Measurement(label, r[r.length / 2], bytes, items, r.length);
        out.printf("  %-46s %9.2f MB/s %11.1f items/s  (median of %d rounds)%n", label, m.mbPerSecond(),
                m.itemsPerSecond(), m.rounds());
        out.flush();
        results.put(label, Map.of("mb_per_s", round(m.mbPerSecond()), "items_per_s", round(m.itemsPerSecond()),
                "rounds", m.rounds(), "bytes", bytes, "items", items));
        return m;
    }

    /** Times one run of {@code work} (for runs long enough that one is a measurement: minutes, not ms). */
    public Measurement once(String label, long bytes, long items, Runnable work) {
        long t0 = System.nanoTime();
        work.run();
        Measurement m = new Measurement(label, (System.nanoTime() - t0) / 1e9, bytes, items, 1);
        out.printf("  %-46s %9.2f MB/s %11.1f items/s  (one run, %.1f s)%n", label, m.mbPerSecond(),
                m.itemsPerSecond(), m.seconds());
        out.flush();
        results.put(label, Map.of("mb_per_s", round(m.mbPerSecond()), "items_per_s", round(m.itemsPerSecond()),
                "seconds", round(m.seconds()), "bytes", bytes, "items", items));
        return m;
    }

    /** Reports {@code m}'s throughput as a ratio of the baseline's. */
    public double ratio(String label, Measurement m, Measurement baseline) {
        double ratio = m.mbPerSecond() / baseline.mbPerSecond();
        out.printf("  %-46s %9.3f x  (%s / %s)%n", label, ratio, m.label(), baseline.label());
        out.flush();
        results.put(label, Map.of("ratio", round(ratio), "of", m.label(), "to", baseline.label()));
        return ratio;
    }

    /** Records a plain value (peak heap, growth factor, ...). */
    public void value(String label, double value, String unit) {
        out.printf("  %-46s %12.3f %s%n", label, value, unit);
        out.flush();
        results.put(label, Map.of("value", round(value), "unit", unit));
    }

    public void line(String s) {
        out.println(s);
        out.flush();
    }

    public Map<String, Object> results() {
        return results;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
