package io.vigil.connectors.sns;

/**
 * Why the endpoint refused a request: the HTTP status to answer and a short reason that holds no part of the body
 * beyond field names, so it is safe to send back and to log.
 */
final class SnsRejection extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;

    SnsRejection(int status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }

    static SnsRejection badRequest(String reason) {
        return new SnsRejection(400, reason);
    }

    static SnsRejection forbidden(String reason) {
        return new SnsRejection(403, reason);
    }

    int status() {
        return status;
    }
}
