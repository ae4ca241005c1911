package org.slant.batch;

import java.io.PrintStream;

/**
 * A progress line on standard error: articles done, rate, and time left (from the input bytes still to
 * read). Drawn only on a terminal, at most a few times a second; silent in CI and with --quiet.
 */
public class Progress {

    /** No progress output. */
    public static final Progress NONE = new Progress(null, 0) {
        @Override
        public void done(long bytes, boolean failed) {
        }

        @Override
        public void skipped(long bytes) {
        }

        @Override
        public void finish() {
        }
    };

    private final PrintStream out;
    private final long totalBytes;
    private final long start = System.nanoTime();
    private long articles;
    private long failed;
    private long bytes;
    private long lastDraw;

    Progress(PrintStream out, long totalBytes) {
        this.out = out;
        this.totalBytes = Math.max(1, totalBytes);
    }

    /**
     * A progress line when standard error is a terminal and neither --quiet nor a CI environment asks
     * for silence.
     *
     * @param totalBytes input size (sum of the file sizes), to estimate the time left; asked only when a
     *                   progress line is drawn (sizing ten thousand files for a CI run would be wasted work)
     */
    public static Progress forTerminal(boolean quiet, java.util.function.LongSupplier totalBytes) {
        boolean ci = System.getenv("CI") != null || System.getenv("SLANT_CI") != null;
        if (quiet || ci || System.console() == null) {
            return NONE;
        }
        return new Progress(System.err, totalBytes.getAsLong());
    }

    public void done(long articleBytes, boolean failedArticle) {
        articles++;
        if (failedArticle) {
            failed++;
        }
        bytes += articleBytes;
        draw(false);
    }

    public void skipped(long articleBytes) {
        bytes += articleBytes;
        draw(false);
    }

    public void finish() {
        draw(true);
        out.println();
    }

    private void draw(boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastDraw < 200_000_000L) {
            return;
        }
        lastDraw = now;
        double seconds = Math.max(1e-3, (now - start) / 1e9);
        double rate = articles / seconds;
        double fraction = Math.min(1, (double) bytes / totalBytes);
        double left = fraction > 0 ? seconds * (1 - fraction) / fraction : 0;
        int width = 24;
        int filled = (int) Math.round(fraction * width);
        out.printf("\r[%s%s] %,d articles (%,d failed)  %.0f/s  %s left   ", "=".repeat(filled), " ".repeat(width - filled),
                articles, failed, rate, duration(left));
        out.flush();
    }

    private static String duration(double s) {
        long t = Math.round(s);
        return t >= 3600 ? String.format("%dh%02dm", t / 3600, t / 60 % 60)
                : t >= 60 ? String.format("%dm%02ds", t / 60, t % 60) : t + "s";
    }
}
