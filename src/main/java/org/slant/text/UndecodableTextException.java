package org.slant.text;

/**
 * Bytes that {@link TextDecoder} refuses as text (binary, or invalid in their encoding); the message is one
 * line, without the file name. Its own type (not the ingest's) so that the text layer, which config and
 * lexicon loading use too, depends on nothing above it.
 */
public class UndecodableTextException extends Exception {
    private static final long serialVersionUID = 1L;

    public UndecodableTextException(String message) {
        super(message);
    }
}
