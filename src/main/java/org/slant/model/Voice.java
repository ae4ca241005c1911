package org.slant.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whose words a finding sits in. */
public enum Voice {
    /** The outlet's own narration. */
    NARRATOR("narrator"),
    /** Inside a direct quotation; {@code attrs().speaker()} names the speaker when attribution knows it. */
    QUOTED("quoted"),
    /** Reported (indirect) speech attributed to a source. */
    REPORTED("reported"),
    /** Not part of the article's prose at all (boilerplate blocks). */
    NONE("none");

    private final String id;

    Voice(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public static Voice of(String id) {
        for (Voice v : values()) {
            if (v.id.equals(id)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown voice: " + id);
    }
}
