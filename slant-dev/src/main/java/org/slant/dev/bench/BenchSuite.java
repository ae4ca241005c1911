package org.slant.dev.bench;

/**
 * One benchmark: measures something and its baseline in the same run, and reports the ratio (the
 * absolute numbers depend on the machine; the ratio is what a reader can compare across machines).
 */
public interface BenchSuite {

    /** Short name used on the command line ({@code slant bench NAME}). */
    String name();

    /** One line saying what is measured against what. */
    String description();

    void run(BenchRun run) throws Exception;
}
