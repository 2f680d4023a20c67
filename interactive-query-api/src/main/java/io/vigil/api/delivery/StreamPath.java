package io.vigil.api.delivery;

import io.javalin.http.Context;
import io.vigil.api.error.ApiException;
import io.vigil.topology.delivery.expectation.StreamKeys;

/** The {@code {client}/{stream}} of a delivery route, checked before it becomes a store or topic key. */
record StreamPath(String clientId, String streamId) {

    static StreamPath of(Context ctx) {
        String client = ctx.pathParam("client");
        String stream = ctx.pathParam("stream");
        if (!StreamKeys.isValidId(client) || !StreamKeys.isValidId(stream)) {
            throw ApiException.badRequest("client and stream ids are 1-128 of A-Z a-z 0-9 . _ -");
        }
        return new StreamPath(client, stream);
    }

    String key() {
        return StreamKeys.of(clientId, streamId);
    }
}
