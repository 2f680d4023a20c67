package io.vigil.api.sensor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vigil.api.RouteGroup;
import io.vigil.api.auth.Scope;
import io.vigil.api.error.ApiException;
import io.vigil.api.query.KeyRange;
import io.vigil.api.query.Page;
import io.vigil.api.query.PageRequest;
import io.vigil.api.query.QueryOptions;
import io.vigil.api.query.StoreEntry;
import io.vigil.api.query.StoreHandlers.ItemPage;
import io.vigil.api.query.StoreQueries;
import io.vigil.schema.sensor.SensorFileIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One sensor file: {@code GET /files/{id}} (status, aggregates, per-sensor counts, first errors),
 * {@code GET /files/{id}/sensors} (count, min, max and mean per sensor, paged by sensor id) and
 * {@code GET /files/{id}/series} (chart data). The list of files is {@link SensorFileListRoute}.
 */
public final class SensorFileRoutes implements RouteGroup {

    /** Sensors listed at most in {@code per_sensor_count}; {@code /files/{id}/sensors} pages through all. */
    static final int MAX_PER_SENSOR_COUNT = 10_000;

    private final StoreQueries queries;

    public SensorFileRoutes(StoreQueries queries) {
        this.queries = queries;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/files/{id}", this::file, Scope.READ, Scope.ADMIN);
        routes.get("/files/{id}/sensors", this::sensors, Scope.READ, Scope.ADMIN);
        routes.get("/files/{id}/series", this::series, Scope.READ, Scope.ADMIN);
    }

    private void file(Context ctx) {
        String fileId = fileId(ctx);
        QueryOptions options = QueryOptions.from(ctx);
        JsonNode document =
                queries.get(SensorStores.AGGREGATES, fileId, options).value();
        Map<String, Long> counts = new TreeMap<>();
        String after = null;
        do {
            Page page = sensorPage(fileId, new PageRequest(queries.settings().maxPageSize(), after), options);
            for (StoreEntry entry : page.entries()) {
                if (counts.size() < MAX_PER_SENSOR_COUNT) {
                    counts.put(
                            SensorStoreKeys.sensorOfFileSensor(entry.key()),
                            entry.value().path("count").asLong());
                }
            }
            after = counts.size() < MAX_PER_SENSOR_COUNT ? page.next() : null;
        } while (after != null);
        ctx.json(SensorFileDocument.withPerSensorCount((ObjectNode) document, counts));
    }

    private void sensors(Context ctx) {
        String fileId = fileId(ctx);
        String afterSensor = ctx.queryParam("after");
        PageRequest request = PageRequest.parse(
                ctx.queryParam("limit"),
                afterSensor == null || afterSensor.isEmpty() ? null : SensorStoreKeys.fileSensor(fileId, afterSensor),
                queries.settings().maxPageSize());
        Page page = sensorPage(fileId, request, QueryOptions.from(ctx));
        List<JsonNode> items = new ArrayList<>();
        for (StoreEntry entry : page.entries()) {
            ObjectNode item = JsonNodeFactory.instance.objectNode();
            item.put("sensor_id", SensorStoreKeys.sensorOfFileSensor(entry.key()));
            items.add(item.setAll(RunningStats.fromJson(entry.value()).toJson()));
        }
        String next = page.next() == null ? null : SensorStoreKeys.sensorOfFileSensor(page.next());
        ctx.json(new ItemPage(items, next));
    }

    private void series(Context ctx) {
        ctx.json(queries.get(SensorStores.SERIES, fileId(ctx), QueryOptions.from(ctx))
                .value());
    }

    private Page sensorPage(String fileId, PageRequest request, QueryOptions options) {
        return queries.range(
                SensorStores.FILE_SENSORS,
                fileId,
                KeyRange.prefix(SensorStoreKeys.fileSensorPrefix(fileId)),
                request,
                options);
    }

    private static String fileId(Context ctx) {
        String id = ctx.pathParam("id");
        if (!SensorFileIds.isWellFormed(id)) {
            throw ApiException.badRequest("A file id is 32 lowercase hex digits");
        }
        return id;
    }
}
