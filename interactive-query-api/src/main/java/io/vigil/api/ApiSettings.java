package io.vigil.api;

/**
 * How the API server listens and how much it accepts. The app maps its configuration onto this record.
 *
 * @param host            the interface to bind, e.g. {@code 0.0.0.0}
 * @param port            the port, 0 for any free port
 * @param maxRequestBytes the largest request body accepted on any route; larger ones get 413
 * @param ratePerKey      requests per second one API key may make, bursts up to twice as many; 0 for no limit
 * @param ratePerIp       requests per second one client IP may make, bursts up to twice as many; 0 for no limit
 * @param connections     how long and how slowly a client may hold a connection
 */
public record ApiSettings(
        String host, int port, long maxRequestBytes, int ratePerKey, int ratePerIp, ConnectionLimits connections) {

    /** 1 MiB: every request body the API takes today is far smaller. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;

    /** The default of {@code vigil.api.rate.limit.per.key}. */
    public static final int DEFAULT_RATE_PER_KEY = 100;

    /** The default of {@code vigil.api.rate.limit.per.ip}: above the per-key one, as several keys may share an IP. */
    public static final int DEFAULT_RATE_PER_IP = 200;

    public ApiSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be within 0..65535, was " + port);
        }
        if (maxRequestBytes <= 0) {
            throw new IllegalArgumentException("maxRequestBytes must be positive, was " + maxRequestBytes);
        }
        if (ratePerKey < 0 || ratePerIp < 0) {
            throw new IllegalArgumentException(
                    "rate limits must not be negative, were " + ratePerKey + " per key and " + ratePerIp + " per IP");
        }
        if (connections == null) {
            throw new IllegalArgumentException("connections must not be null");
        }
    }

    /** Settings with the default body, rate and connection limits. */
    public static ApiSettings of(String host, int port) {
        return new ApiSettings(
                host,
                port,
                DEFAULT_MAX_REQUEST_BYTES,
                DEFAULT_RATE_PER_KEY,
                DEFAULT_RATE_PER_IP,
                ConnectionLimits.DEFAULTS);
    }
}
