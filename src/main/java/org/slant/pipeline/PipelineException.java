package org.slant.pipeline;

/** A pipeline that cannot be built (a missing or doubly provided key) or a stage that broke its contract. */
public class PipelineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PipelineException(String message) {
        super(message);
    }

    public PipelineException(String message, Throwable cause) {
        super(message, cause);
    }
}
