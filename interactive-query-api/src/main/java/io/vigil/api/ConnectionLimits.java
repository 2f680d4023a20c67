package io.vigil.api;

import java.time.Duration;

/**
 * How long and how slowly a client may hold a connection, against slow-client attacks (slowloris).
 *
 * @param idleTimeout              a connection silent this long, no byte in or out, is closed
 * @param headerTimeout            a request line and headers still incomplete this long after their first byte close
 *                                 the connection: sending a byte now and then keeps it from being idle, not from this
 * @param minRequestBytesPerSecond a request body arriving slower, averaged from its first byte, is answered 408; 0 for
 *                                 no minimum
 */
public record ConnectionLimits(Duration idleTimeout, Duration headerTimeout, long minRequestBytesPerSecond) {

    /**
     * 30 s idle, 10 s for the headers, no minimum body rate: Jetty measures the rate from the body's first byte to each
     * read by the handler, so a handler that works between reads (an upload streaming each file to S3) would trip it
     * on a small, fast body.
     */
    public static final ConnectionLimits DEFAULTS =
            new ConnectionLimits(Duration.ofSeconds(30), Duration.ofSeconds(10), 0);

    public ConnectionLimits {
        if (idleTimeout.isNegative() || idleTimeout.isZero() || headerTimeout.isNegative() || headerTimeout.isZero()) {
            throw new IllegalArgumentException(
                    "timeouts must be positive, were " + idleTimeout + " idle and " + headerTimeout + " for headers");
        }
        if (minRequestBytesPerSecond < 0) {
            throw new IllegalArgumentException(
                    "minRequestBytesPerSecond must not be negative, was " + minRequestBytesPerSecond);
        }
    }
}
