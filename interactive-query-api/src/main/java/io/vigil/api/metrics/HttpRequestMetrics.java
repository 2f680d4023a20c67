package io.vigil.api.metrics;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * Times every HTTP request into {@code http.server.requests}, tagged by method, route template (never the raw path,
 * which would make one series per key) and status.
 */
public final class HttpRequestMetrics implements RequestLogger {

    private static final String UNMATCHED = "UNMATCHED";

    private final MeterRegistry registry;

    /** @param registry where the timers go */
    public HttpRequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void handle(Context ctx, Float executionTimeMs) {
        Timer.builder("http.server.requests")
                .description("HTTP requests served by the API")
                .tag("method", ctx.method().name())
                .tag("uri", route(ctx))
                .tag("status", Integer.toString(ctx.statusCode()))
                .register(registry)
                .record((long) (executionTimeMs * 1_000_000L), TimeUnit.NANOSECONDS);
    }

    private static String route(Context ctx) {
        var endpoint = ctx.endpoints().lastHttpEndpoint();
        return endpoint == null ? UNMATCHED : endpoint.path;
    }
}
