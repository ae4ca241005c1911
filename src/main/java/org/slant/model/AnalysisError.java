package org.slant.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An input that could not be analysed, with the reason in one line. */
@JsonPropertyOrder({"file", "message"})
public record AnalysisError(String file, String message) {

    /** The one-line form printed on standard error. */
    public String line() {
        return file + ": " + message;
    }
}
