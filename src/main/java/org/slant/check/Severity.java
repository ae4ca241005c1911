package org.slant.check;

import java.util.Locale;

/** How much a finding or a broken threshold matters. Only {@link #ERROR} fails a check (exit code 1). */
public enum Severity {
    ERROR, WARNING, INFO, OFF;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether issues of this severity are reported at all. */
    public boolean reported() {
        return this != OFF;
    }

    /** The severity with this id, or null. */
    public static Severity of(String id) {
        for (Severity s : values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }

    public static String ids() {
        return "error, warning, info, off";
    }
}
