package io.vigil.api.metrics;

import io.javalin.config.RoutesConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vigil.api.RouteGroup;

/** {@code GET /metrics}: every meter of the registry in the Prometheus text format. */
public final class MetricsRoutes implements RouteGroup {

    /** The path of this group; the server keeps it public. */
    public static final String METRICS = "/metrics";

    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;

    /** @param registry the meters to serve */
    public MetricsRoutes(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get(METRICS, ctx -> ctx.contentType(PROMETHEUS_TEXT).result(registry.scrape()));
    }
}
