package io.vigil.api.health;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vigil.api.RouteGroup;
import io.vigil.api.error.ApiException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code GET /health}: liveness, 200 whenever the process serves HTTP. {@code GET /ready}: 200 only while every
 * readiness check holds, otherwise 503 naming the failing checks.
 */
public final class HealthRoutes implements RouteGroup {

    /** Paths of this group; the server keeps them public. */
    public static final String HEALTH = "/health";

    public static final String READY = "/ready";

    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final List<ReadinessCheck> checks;

    /** @param checks what {@code /ready} requires, all of them */
    public HealthRoutes(List<ReadinessCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get(HEALTH, ctx -> ctx.json(Map.of("status", "UP")));
        routes.get(READY, this::ready);
    }

    private void ready(Context ctx) {
        Map<String, String> problems = checks.stream()
                .map(check -> Map.entry(check.name(), check.problem()))
                .filter(entry -> entry.getValue().isPresent())
                .collect(Collectors.toMap(
                        Map.Entry::getKey, entry -> entry.getValue().get()));
        if (!problems.isEmpty()) {
            String reasons = problems.entrySet().stream()
                    .map(entry -> entry.getKey() + ": " + entry.getValue())
                    .sorted()
                    .collect(Collectors.joining("; "));
            throw ApiException.unavailable("Not ready: " + reasons, RETRY_AFTER);
        }
        ctx.json(Map.of("status", "READY"));
    }
}
