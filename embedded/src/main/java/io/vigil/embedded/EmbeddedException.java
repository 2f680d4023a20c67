package io.vigil.embedded;

/** A part of the embedded platform failed to start or to stop. */
public class EmbeddedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what failed */
    public EmbeddedException(String message) {
        super(message);
    }

    /**
     * @param message what failed
     * @param cause why
     */
    public EmbeddedException(String message, Throwable cause) {
        super(message, cause);
    }
}
