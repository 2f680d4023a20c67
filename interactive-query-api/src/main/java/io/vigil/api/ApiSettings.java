package io.vigil.api;

/**
 * How the API server listens. The app maps its configuration onto this record.
 *
 * @param host            the interface to bind, e.g. {@code 0.0.0.0}
 * @param port            the port, 0 for any free port
 * @param maxRequestBytes the largest request body accepted on any route; larger ones get 413
 */
public record ApiSettings(String host, int port, long maxRequestBytes) {

    /** 1 MiB: every request body the API takes today is far smaller. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;

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
    }

    /** Settings with the default body limit. */
    public static ApiSettings of(String host, int port) {
        return new ApiSettings(host, port, DEFAULT_MAX_REQUEST_BYTES);
    }
}
