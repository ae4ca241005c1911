package org.slant.exercise;

import java.util.List;

/** The answer key: a summary, parts (a filled-in table), the answers with their evidence, and notes. */
public record Key(String summary, List<Part> parts, List<Answer> answers, List<String> notes) {

    public Key {
        parts = List.copyOf(parts);
        answers = List.copyOf(answers);
        notes = List.copyOf(notes);
    }
}
