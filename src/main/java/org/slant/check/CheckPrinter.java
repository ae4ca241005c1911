package org.slant.check;

import java.io.IOException;
import java.io.PrintWriter;

/** Writes a {@link CheckReport} in one output format. One class per format. */
public interface CheckPrinter {

    void print(CheckReport report, Vocabulary vocabulary, PrintWriter out) throws IOException;

    /** The printer for a format name: text, json, sarif, junit or github. */
    static CheckPrinter of(String format) {
        return switch (format) {
            case "text" -> new TextPrinter();
            case "json" -> new JsonPrinter();
            case "sarif" -> new SarifPrinter();
            case "junit" -> new JunitPrinter();
            case "github" -> new GithubPrinter();
            default -> throw new IllegalArgumentException("unknown format " + format);
        };
    }
}
