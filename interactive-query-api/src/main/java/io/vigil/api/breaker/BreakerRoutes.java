package io.vigil.api.breaker;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vigil.api.RouteGroup;
import io.vigil.api.auth.Scope;
import io.vigil.api.error.ApiException;
import java.util.Optional;

/**
 * The S3 object reader's circuit breaker in this instance: {@code GET /breaker} shows it, {@code POST /breaker/reset}
 * (admin) closes it. Every instance runs its own reader and breaker.
 */
public final class BreakerRoutes implements RouteGroup {

    private final Optional<ReaderBreakerControl> breaker;

    /** @param breaker empty when this instance runs no object reader */
    public BreakerRoutes(Optional<ReaderBreakerControl> breaker) {
        this.breaker = breaker;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/breaker", this::status, Scope.READ);
        routes.post("/breaker/reset", this::reset, Scope.ADMIN);
    }

    private void status(Context ctx) {
        ctx.json(breaker().status().toJson());
    }

    private void reset(Context ctx) {
        ReaderBreakerControl control = breaker();
        control.reset();
        ctx.json(control.status().toJson());
    }

    private ReaderBreakerControl breaker() {
        return breaker.orElseThrow(
                () -> ApiException.notFound("This instance runs no S3 object reader (vigil.reader.enabled=false)"));
    }
}
