package io.vigil.api.error;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.exception.JavaLangErrorHandler;
import io.javalin.validation.ValidationException;
import io.vigil.schema.errors.ErrorCodes;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every exception that leaves a handler into an {@link ApiError} response: the API's own {@link ApiException},
 * Javalin's status exceptions (404 unknown route, 405, 413 body too large), Jetty's verdicts on a body being read (408
 * too slow, 400 broken framing), validation failures (400), and anything unexpected (500, logged with an error id
 * that the client also receives).
 */
public final class ErrorResponses {

    /** Response header carrying the id of a logged internal error, so a report can be matched to the log line. */
    public static final String ERROR_ID_HEADER = "Vigil-Error-Id";

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    /** Registers the exception mappers on {@code routes}. */
    public void addTo(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> write(ctx, e.status(), e.toError(), e.headers()));
        routes.exception(HttpResponseException.class, this::javalinStatus);
        routes.exception(ValidationException.class, (e, ctx) -> write(ctx, 400, invalid(e), Map.of()));
        routes.exception(HttpException.RuntimeException.class, this::jettyStatus);
        routes.exception(Exception.class, this::unexpected);
    }

    /**
     * Answers a {@link java.lang.Error} thrown by a handler, which Javalin keeps apart from exceptions, like any other
     * internal failure.
     */
    public JavaLangErrorHandler errorHandler(ObjectMapper json) {
        return (response, error) -> {
            String id = UUID.randomUUID().toString();
            LOG.error("Request failed with an Error, error id {}", id, error);
            try {
                response.setStatus(500);
                response.setContentType("application/json");
                response.setHeader(ERROR_ID_HEADER, id);
                json.writeValue(
                        response.getOutputStream(),
                        new ApiError(ErrorCodes.forStatus(500), "Internal error, reference " + id));
            } catch (IOException e) {
                LOG.debug("Could not write the error response for error id {}", id, e);
            }
        };
    }

    private void javalinStatus(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        String message =
                e.getMessage() == null || e.getMessage().isBlank() ? ErrorCodes.reason(status) : e.getMessage();
        String allowed = e.getDetails().get("availableMethods");
        Map<String, String> headers = allowed == null ? Map.of() : Map.of("Allow", allowed);
        write(ctx, status, new ApiError(ErrorCodes.forStatus(status), message), headers);
    }

    /**
     * Jetty's verdict on a body being read: 408 when it arrives slower than the minimum data rate, 400 when its
     * framing is broken. Only the standard reason is sent: Jetty's own message names its limits.
     */
    private void jettyStatus(HttpException.RuntimeException e, Context ctx) {
        int status = e.getCode();
        if (status < 400 || status >= 500) {
            unexpected(e, ctx);
            return;
        }
        write(ctx, status, new ApiError(ErrorCodes.forStatus(status), ErrorCodes.reason(status)), Map.of());
    }

    private static ApiError invalid(ValidationException e) {
        String fields = e.getErrors().entrySet().stream()
                .map(entry -> entry.getKey() + ": "
                        + entry.getValue().stream()
                                .map(error -> error.getMessage())
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
        return new ApiError(ErrorCodes.forStatus(400), "Invalid request: " + fields);
    }

    private void unexpected(Exception e, Context ctx) {
        String id = UUID.randomUUID().toString();
        LOG.error("Request {} {} failed, error id {}", ctx.method(), ctx.path(), id, e);
        write(
                ctx,
                500,
                new ApiError(ErrorCodes.forStatus(500), "Internal error, reference " + id),
                Map.of(ERROR_ID_HEADER, id));
    }

    private static void write(Context ctx, int status, ApiError error, Map<String, String> headers) {
        headers.forEach(ctx::header);
        ctx.status(status).json(error);
    }
}
