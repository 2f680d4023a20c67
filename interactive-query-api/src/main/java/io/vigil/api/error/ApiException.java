package io.vigil.api.error;

import io.vigil.schema.errors.ErrorCodes;
import java.time.Duration;
import java.util.Map;

/**
 * A failure that maps onto one HTTP status and {@link ApiError}. Handlers and the query component throw it; the
 * server turns it into the JSON error response. It carries no stack trace: it is a response, not a bug.
 */
public final class ApiException extends RuntimeException {

    /** The {@link ApiError#error()} code of a request refused by a rate limit. */
    public static final String RATE_LIMITED = "rate-limited";

    private final int status;
    private final String code;
    private final Map<String, String> headers;

    /**
     * @param status  the HTTP status
     * @param code    the {@link ApiError#error()} code, see {@link ErrorCodes}
     * @param message safe to show to the caller
     * @param headers headers the response must carry
     */
    public ApiException(int status, String code, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.headers = Map.copyOf(headers);
    }

    /** 400: the request is malformed. */
    public static ApiException badRequest(String message) {
        return of(400, message);
    }

    /** 401 with the challenge that tells clients which credentials the API accepts. */
    public static ApiException unauthorized(String message) {
        return new ApiException(
                401,
                ErrorCodes.forStatus(401),
                message,
                Map.of("WWW-Authenticate", "Bearer realm=\"vigil\", Basic realm=\"vigil\""));
    }

    /** 403: the caller is known but may not do this. */
    public static ApiException forbidden(String message) {
        return of(403, message);
    }

    /** 404: no such entry. */
    public static ApiException notFound(String message) {
        return of(404, message);
    }

    /** 422: the request is well formed but breaks a rule, e.g. it names a device that does not exist. */
    public static ApiException unprocessable(String message) {
        return of(422, message);
    }

    /** 413: the request body is over the limit. */
    public static ApiException payloadTooLarge(long limitBytes) {
        return of(413, "Request body larger than " + limitBytes + " bytes");
    }

    /**
     * 429 with {@code Retry-After}: the caller is over a rate limit. Its code is {@value #RATE_LIMITED} rather than
     * the generic one for 429, so that a client can tell a limit it must back off from apart from other refusals.
     *
     * @param retryAfterSeconds whole seconds until a request would be allowed; less than 1 is sent as 1
     */
    public static ApiException tooManyRequests(long retryAfterSeconds) {
        String seconds = Long.toString(Math.max(1, retryAfterSeconds));
        return new ApiException(
                429, RATE_LIMITED, "Too many requests, retry in " + seconds + " s", Map.of("Retry-After", seconds));
    }

    /** 502: another instance answered something this one cannot use. */
    public static ApiException badGateway(String message) {
        return of(502, message);
    }

    /** 503 with {@code Retry-After}, for state that is moving between instances or not yet restored. */
    public static ApiException unavailable(String message, Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return new ApiException(503, ErrorCodes.forStatus(503), message, Map.of("Retry-After", Long.toString(seconds)));
    }

    private static ApiException of(int status, String message) {
        return new ApiException(status, ErrorCodes.forStatus(status), message, Map.of());
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The {@link ApiError#error()} code. */
    public String code() {
        return code;
    }

    /** Headers the response must carry, e.g. {@code Retry-After} or {@code WWW-Authenticate}. */
    public Map<String, String> headers() {
        return headers;
    }

    /** The response body. */
    public ApiError toError() {
        return new ApiError(code, getMessage());
    }
}
