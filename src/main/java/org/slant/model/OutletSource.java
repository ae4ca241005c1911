package org.slant.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How an article's outlet was decided. */
public enum OutletSource {
    MANIFEST("manifest"),
    /** Given with the article itself (the {@code outlet} field of a JSONL line). */
    INPUT("input"),
    INFERRED("inferred"),
    UNKNOWN("unknown");

    private final String id;

    OutletSource(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
