package org.slant.ingest;

/**
 * An input that cannot be read as an article; the message is one line, without the file name. A config
 * file's error (a manifest's) also says where: {@code file:line:column}.
 */
public class IngestException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String where;

    public IngestException(String message) {
        super(message);
        this.where = null;
    }

    public IngestException(String where, String message) {
        super(message);
        this.where = where;
    }

    /** {@code file:line:column}, or null when the caller names the file. */
    public String where() {
        return where;
    }
}
