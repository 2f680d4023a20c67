package io.vigil.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.vigil.api.error.ApiException;

/**
 * Rejects a request whose declared body is over the limit before any handler runs, including handlers that never
 * read the body. Bodies without a declared length are bounded by Javalin's own limit when a handler reads them.
 */
final class BodyLimitFilter implements Handler {

    private final long maxBytes;

    BodyLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void handle(Context ctx) {
        if (ctx.req().getContentLengthLong() > maxBytes) {
            throw ApiException.payloadTooLarge(maxBytes);
        }
    }
}
