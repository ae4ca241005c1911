package org.slant.check;

import java.io.IOException;
import java.io.PrintWriter;

/** Writes a {@link CheckReport} in one output format. One class per format. */
public interface CheckPrinter {

    void print(CheckReport report, Vocabulary vocabulary, PrintWriter out) throws IOException;

    /** The printer for a format name: text, json, sarif, junit or github (no step summary file). */
    static CheckPrinter of(String format) {
        return of(format, null);
    }

    /**
     * The printer for a format name; {@code stepSummary} is where the GitHub format lists the annotations
     * GitHub would not show ({@code GITHUB_STEP_SUMMARY}), or null.
     */
    static CheckPrinter of(String format, java.nio.file.Path stepSummary) {
        return switch (format) {
            case "text" -> new TextPrinter();
            case "json" -> new JsonPrinter();
            case "sarif" -> new SarifPrinter();
            case "junit" -> new JunitPrinter();
            case "github" -> new GithubPrinter(stepSummary);
            default -> throw new IllegalArgumentException("unknown format " + format);
        };
    }
}
