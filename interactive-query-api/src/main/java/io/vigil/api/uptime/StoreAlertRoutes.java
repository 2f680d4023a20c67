package io.vigil.api.uptime;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vigil.api.RouteGroup;
import io.vigil.api.auth.Scope;
import io.vigil.api.error.ApiException;
import io.vigil.api.query.QueryOptions;
import io.vigil.api.query.StoreQueries;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /stores/{id}/alerts}: the store's latest downtime alerts, newest first, as they went to
 * {@code vigil.uptime.alerts} — an empty list for a known store that never went down, 404 for an unknown one.
 */
public final class StoreAlertRoutes implements RouteGroup {

    private final StoreQueries queries;

    public StoreAlertRoutes(StoreQueries queries) {
        this.queries = queries;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/stores/{id}/alerts", this::alerts, Scope.READ, Scope.ADMIN);
    }

    private void alerts(Context ctx) {
        String storeId = StoreIdField.of(ctx);
        QueryOptions options = QueryOptions.from(ctx);
        try {
            ctx.json(queries.get(UptimeApiStores.ALERT_HISTORIES, storeId, options)
                    .value());
        } catch (ApiException e) {
            if (e.status() != 404) {
                throw e;
            }
            KnownStores.require(queries, storeId, options);
            ctx.json(Map.of("store_id", storeId, "alerts", List.<JsonNode>of()));
        }
    }
}
