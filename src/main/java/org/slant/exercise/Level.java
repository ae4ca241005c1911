package org.slant.exercise;

import java.util.Locale;

/** How hard the exercises are: intro gives fewer items and more hints; advanced, more items and none. */
public enum Level {
    INTRO,
    ADVANCED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean intro() {
        return this == INTRO;
    }

    /** The intro or the advanced value. */
    public int pick(int intro, int advanced) {
        return this == INTRO ? intro : advanced;
    }

    public static Level of(String id) {
        for (Level l : values()) {
            if (l.id().equals(id)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown level: " + id + " (intro or advanced)");
    }
}
