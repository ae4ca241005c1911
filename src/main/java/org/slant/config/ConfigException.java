package org.slant.config;

/** A problem in a lexicon, manifest or policy file; the message starts with {@code file:line:column:}. */
public class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
