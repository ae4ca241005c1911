package org.slant.exercise;

import java.util.List;

/**
 * One answer of a key: what it is about ({@code label}), the answer, details, and the evidence that backs
 * it (never empty: an answer without evidence is not written).
 */
public record Answer(String label, String answer, List<String> details, List<Evidence> evidence) {

    public Answer {
        details = List.copyOf(details);
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("an answer needs evidence: " + label);
        }
    }
}
