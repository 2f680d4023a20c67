package io.vigil.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.vigil.api.error.ApiException;
import java.util.Set;

/**
 * Rejects a request whose declared body is over the limit before any handler runs, including handlers that never
 * read the body. Bodies without a declared length are bounded by Javalin's own limit when a handler reads them.
 * Routes that stream their body and enforce a limit of their own (file uploads) are exempt, by exact path.
 */
final class BodyLimitFilter implements Handler {

    private final long maxBytes;
    private final Set<String> streamedPaths;

    BodyLimitFilter(long maxBytes, Set<String> streamedPaths) {
        this.maxBytes = maxBytes;
        this.streamedPaths = Set.copyOf(streamedPaths);
    }

    @Override
    public void handle(Context ctx) {
        if (ctx.req().getContentLengthLong() > maxBytes && !streamedPaths.contains(ctx.path())) {
            throw ApiException.payloadTooLarge(maxBytes);
        }
    }
}
