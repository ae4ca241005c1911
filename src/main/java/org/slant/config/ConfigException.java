package org.slant.config;

/** A problem in a lexicon, manifest or policy file; the message starts with {@code file:line:column:}. */
public class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String where;
    private final String reason;

    public ConfigException(String message) {
        super(message);
        this.where = null;
        this.reason = message;
    }

    /** {@code where} is {@code file:line:column}; the message is {@code where: reason}. */
    public ConfigException(String where, String reason) {
        super(where + ": " + reason);
        this.where = where;
        this.reason = reason;
    }

    /** {@code file:line:column}, or null when the message carries it (older call sites). */
    public String where() {
        return where;
    }

    /** The message without {@link #where()}. */
    public String reason() {
        return reason;
    }
}
