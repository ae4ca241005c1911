package org.slant.dev.bench;

/**
 * A timed run: how much work (bytes, items) in how long, over several measured rounds.
 *
 * @param seconds median seconds per round
 * @param bytes   bytes processed per round
 * @param items   items (articles, pages) processed per round
 */
public record Measurement(String label, double seconds, long bytes, long items, int rounds) {

    public double mbPerSecond() {
        return bytes / 1e6 / seconds;
    }

    public double itemsPerSecond() {
        return items / seconds;
    }

    /** How many times faster than the other (throughput ratio). */
    public double ratioTo(Measurement other) {
        return other.seconds / seconds * ((double) bytes / Math.max(1, other.bytes));
    }
}
