package org.slant.config;

/** A problem in a lexicon, manifest or policy file; the message starts with {@code file:line:column:}. */
public class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String where;
    private final String reason;

    public ConfigException(String message) {
        super(oneLine(message));
        this.where = null;
        this.reason = getMessage();
    }

    /** {@code where} is {@code file:line:column}; the message is {@code where: reason}. */
    public ConfigException(String where, String reason) {
        super(oneLine(where) + ": " + shorten(oneLine(reason)));
        this.where = oneLine(where);
        this.reason = shorten(oneLine(reason));
    }

    /**
     * Messages quote the user's values (a glob, a pattern, a name), which may hold line breaks: those are
     * written as {@code \n} and other control characters as {@code ?}, so one error stays one line.
     */
    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                b.append("\\n");
            } else if (c == '\t') {
                b.append(' ');
            } else if (Character.isISOControl(c)) {
                b.append('?');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A reason that quotes a huge value keeps its start and its end (where the verdict usually is). */
    private static String shorten(String s) {
        return s.length() <= 400 ? s : s.substring(0, 200) + " ... " + s.substring(s.length() - 195);
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
