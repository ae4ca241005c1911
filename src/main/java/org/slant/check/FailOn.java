package org.slant.check;

import java.util.Locale;

/**
 * The lowest severity that fails a check ({@code --fail-on}). Teams adopting Slant on an existing archive
 * often start with {@code never} (report, do not block), then {@code error}; {@code warning} is for
 * repositories that treat every warning as a blocker.
 */
public enum FailOn {
    ERROR, WARNING, NEVER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a reported issue of this severity fails the check. */
    public boolean fails(Severity s) {
        return switch (this) {
            case ERROR -> s == Severity.ERROR;
            case WARNING -> s == Severity.ERROR || s == Severity.WARNING;
            case NEVER -> false;
        };
    }
}
