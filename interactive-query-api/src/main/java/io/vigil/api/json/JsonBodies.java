package io.vigil.api.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.vigil.api.error.ApiException;

/** Request bodies of the delivery routes: one JSON object, or nothing where the route allows it. */
public final class JsonBodies {

    private JsonBodies() {}

    public static JsonNode object(Context ctx, ObjectMapper json) {
        JsonNode node;
        try {
            node = json.readTree(ctx.body());
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("The body is not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest("The body must be a JSON object");
        }
        return node;
    }

    public static JsonNode optionalObject(Context ctx, ObjectMapper json) {
        return ctx.body().isBlank() ? json.createObjectNode() : object(ctx, json);
    }
}
