package io.vigil.connectors.sns;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.vigil.schema.errors.ErrorCodes;
import java.io.IOException;
import java.io.OutputStream;

/** A JSON answer to SNS: {@code {"status": "ok", "messageId": …}} or {@code {"error": code, "message": …}}. */
record SnsReply(int status, ObjectNode body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static SnsReply ok(String messageId) {
        return new SnsReply(200, JSON.createObjectNode().put("status", "ok").put("messageId", messageId));
    }

    static SnsReply refused(SnsRejection rejection) {
        return new SnsReply(
                rejection.status(),
                JSON.createObjectNode()
                        .put("error", ErrorCodes.forStatus(rejection.status()))
                        .put("message", rejection.getMessage()));
    }

    void send(HttpExchange exchange) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
