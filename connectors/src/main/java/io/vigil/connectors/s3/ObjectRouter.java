package io.vigil.connectors.s3;

import io.vigil.schema.s3.S3ObjectEvent;
import java.util.ArrayList;
import java.util.List;

/** Asks every handler whether it wants a created object; removals and objects nobody wants are never read. */
final class ObjectRouter {

    private final List<ObjectHandler> handlers;

    ObjectRouter(List<ObjectHandler> handlers) {
        this.handlers = List.copyOf(handlers);
    }

    List<PendingObject.Claim> claims(S3ObjectEvent event) {
        if (!event.getEventName().startsWith("ObjectCreated")) {
            return List.of();
        }
        List<PendingObject.Claim> claims = new ArrayList<>(handlers.size());
        for (ObjectHandler handler : handlers) {
            handler.claim(event).ifPresent(job -> claims.add(new PendingObject.Claim(handler.name(), job)));
        }
        return claims;
    }
}
