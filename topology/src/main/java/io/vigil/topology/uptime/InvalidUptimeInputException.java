package io.vigil.topology.uptime;

/** A poll, business hours or timezone that fails validation; it goes to the DLQ with this message as its reason. */
public final class InvalidUptimeInputException extends RuntimeException {

    InvalidUptimeInputException(String message) {
        super(message);
    }

    InvalidUptimeInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
