package io.vigil.app.client;

/** The API answered with an error, or could not be reached; the message is written for the person at the terminal. */
public final class ApiCallException extends Exception {

    private final int status;

    public ApiCallException(int status, String message) {
        super(message);
        this.status = status;
    }

    public ApiCallException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
    }

    /** The HTTP status, or 0 when there was no answer. */
    public int status() {
        return status;
    }
}
