package io.vigil.api.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.schema.errors.ErrorCodes;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error page for failures that never reach Javalin (malformed requests, oversized headers): the same
 * {@link ApiError} JSON as every other failure instead of Jetty's HTML page, and never the cause.
 */
public final class JsonErrorPageHandler extends ErrorHandler {

    private final ObjectMapper json;

    /** @param json writes the error bodies */
    public JsonErrorPageHandler(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body(code)), callback);
    }

    private byte[] body(int status) {
        try {
            return json.writeValueAsBytes(new ApiError(ErrorCodes.forStatus(status), ErrorCodes.reason(status)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise an error body", e);
        }
    }
}
