package io.vigil.schema.errors;

import java.util.Locale;
import java.util.Map;

/**
 * The {@code "error"} code of a JSON error body for an HTTP status, so that every HTTP surface of Vigil (the API, the
 * SNS endpoint) names its errors the same way.
 */
public final class ErrorCodes {

    private static final Map<Integer, String> CODES = Map.ofEntries(
            Map.entry(400, "bad-request"),
            Map.entry(401, "unauthorized"),
            Map.entry(403, "forbidden"),
            Map.entry(404, "not-found"),
            Map.entry(405, "method-not-allowed"),
            Map.entry(406, "not-acceptable"),
            Map.entry(408, "request-timeout"),
            Map.entry(409, "conflict"),
            Map.entry(413, "payload-too-large"),
            Map.entry(414, "uri-too-long"),
            Map.entry(415, "unsupported-media-type"),
            Map.entry(422, "unprocessable"),
            Map.entry(429, "too-many-requests"),
            Map.entry(431, "headers-too-large"),
            Map.entry(500, "internal"),
            Map.entry(501, "not-implemented"),
            Map.entry(502, "bad-gateway"),
            Map.entry(503, "unavailable"),
            Map.entry(504, "gateway-timeout"));

    private ErrorCodes() {}

    /** The code for {@code status}; statuses without a dedicated code fall back to their class. */
    public static String forStatus(int status) {
        String code = CODES.get(status);
        if (code != null) {
            return code;
        }
        return status >= 500 ? "internal" : "error-" + status;
    }

    /** The standard reason phrase, used when a failure has no message of its own. */
    public static String reason(int status) {
        String code = forStatus(status);
        String words = code.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
