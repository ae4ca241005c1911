package org.slant.testing;

import org.slant.config.ConfigException;
import org.slant.model.AnalysisError;

import java.util.function.Supplier;

/**
 * The property every fuzz target checks: a reader or parser either reads its input or says why in Slant's
 * own terms (an error record, or a {@link ConfigException}) on one line naming the file. Any other throwable
 * (a NullPointerException, a StackOverflowError, a library's IllegalArgumentException) escapes the target,
 * and Jazzer reports it as a finding.
 */
public final class FuzzProperty {

    private FuzzProperty() {
    }

    /** Runs a config parse: fine, or a ConfigException whose one-line message starts with {@code file:}. */
    public static void config(String file, Runnable parse) {
        try {
            parse.run();
        } catch (ConfigException e) {
            oneLine(e.getMessage(), () -> "config error");
            if (!e.getMessage().startsWith(file + ":")) {
                throw new AssertionError("the message does not name the file: " + e.getMessage());
            }
        }
    }

    /** An input error: one line, naming the file. */
    public static void error(AnalysisError e, String file) {
        oneLine(e.line(), () -> "input error");
        if (!e.file().startsWith(file)) {
            throw new AssertionError("the error does not name the file: " + e.line());
        }
    }

    private static void oneLine(String message, Supplier<String> what) {
        if (message == null || message.isBlank() || message.indexOf('\n') >= 0 || message.indexOf('\r') >= 0) {
            throw new AssertionError(what.get() + " is not one line: " + message);
        }
    }
}
