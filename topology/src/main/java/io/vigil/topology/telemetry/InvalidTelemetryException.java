package io.vigil.topology.telemetry;

/** A telemetry record the topology cannot take, e.g. keyed for another device; it goes to the dead-letter topic. */
public final class InvalidTelemetryException extends RuntimeException {

    public InvalidTelemetryException(String message) {
        super(message);
    }
}
