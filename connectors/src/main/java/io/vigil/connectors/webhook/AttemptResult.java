package io.vigil.connectors.webhook;

import java.time.Duration;
import java.util.Optional;

/**
 * How one attempt to POST a message ended.
 *
 * @param statusCode the receiver's answer; null when there was none (refused, timed out, connection failed)
 * @param error what went wrong, safe to log and store (never a secret); null when delivered
 * @param retryAfter what the receiver's {@code Retry-After} asked for on a 429 or 503; null otherwise
 */
record AttemptResult(Kind kind, Integer statusCode, Duration latency, String error, Duration retryAfter) {

    enum Kind {
        /** A 2xx: done. */
        DELIVERED,
        /** A 5xx, a 429, a timeout or a connection error: try again later; counts against the endpoint's breaker. */
        RETRYABLE,
        /**
         * Any other answer (4xx, too many redirects), or a message that cannot be signed or sent as configured (a
         * malformed secret): trying again would not help.
         */
        REJECTED,
        /** The target is not allowed (SSRF guard): nothing was sent. */
        REFUSED
    }

    private static final int MAX_ERROR_CHARS = 500;

    /** What an answer with {@code statusCode} means for the message. */
    static AttemptResult answered(int statusCode, Duration latency, Optional<Duration> retryAfter) {
        if (statusCode >= 200 && statusCode < 300) {
            return new AttemptResult(Kind.DELIVERED, statusCode, latency, null, null);
        }
        String error = "HTTP " + statusCode;
        if (statusCode == 429 || statusCode == 503) {
            return new AttemptResult(Kind.RETRYABLE, statusCode, latency, error, retryAfter.orElse(null));
        }
        Kind kind = statusCode >= 500 ? Kind.RETRYABLE : Kind.REJECTED;
        return new AttemptResult(kind, statusCode, latency, error, null);
    }

    static AttemptResult unanswered(Duration latency, String error) {
        return new AttemptResult(Kind.RETRYABLE, null, latency, truncated(error), null);
    }

    static AttemptResult rejected(int statusCode, Duration latency, String error) {
        return new AttemptResult(Kind.REJECTED, statusCode, latency, truncated(error), null);
    }

    static AttemptResult unsendable(String reason) {
        return new AttemptResult(Kind.REJECTED, null, Duration.ZERO, truncated(reason), null);
    }

    static AttemptResult refused(String reason) {
        return new AttemptResult(Kind.REFUSED, null, Duration.ZERO, truncated(reason), null);
    }

    Optional<Duration> askedToWait() {
        return Optional.ofNullable(retryAfter);
    }

    private static String truncated(String error) {
        return error.length() <= MAX_ERROR_CHARS ? error : error.substring(0, MAX_ERROR_CHARS) + "…";
    }
}
