package org.slant.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An input that could not be analysed, with the reason in one line. */
@JsonPropertyOrder({"file", "message"})
public record AnalysisError(String file, String message) {

    /** The one-line form printed on standard error (a file name with a line break cannot make it two). */
    public String line() {
        return org.slant.text.OneLine.of(file) + ": " + org.slant.text.OneLine.of(message);
    }
}
