package io.vigil.topology.uptime.report;

/** A report's CSV could not be stored. */
public final class ReportObjectsException extends RuntimeException {

    public ReportObjectsException(String message, Throwable cause) {
        super(message, cause);
    }
}
