package org.slant.ingest;

/** An input that cannot be read as an article; the message is one line, without the file name. */
public class IngestException extends Exception {
    private static final long serialVersionUID = 1L;

    public IngestException(String message) {
        super(message);
    }
}
