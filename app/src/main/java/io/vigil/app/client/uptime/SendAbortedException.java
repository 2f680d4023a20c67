package io.vigil.app.client.uptime;

/**
 * Carries a failure of sending out of a {@link io.vigil.app.uptime.importer.RowListener}, which cannot throw checked
 * exceptions, to the import that unwraps it; it never leaves this package.
 */
final class SendAbortedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SendAbortedException(Exception cause) {
        super(cause.getMessage(), cause);
    }
}
