package io.vigil.api.telemetry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vigil.api.RouteGroup;
import io.vigil.api.auth.ProjectKeys;
import io.vigil.api.auth.Scope;
import io.vigil.api.error.ApiException;
import io.vigil.api.json.AvroJson;
import io.vigil.api.query.KeyCodec;
import io.vigil.api.query.PageRequest;
import io.vigil.api.query.PartitionStores;
import io.vigil.api.query.QueryOptions;
import io.vigil.api.query.QueryableStore;
import io.vigil.api.query.StoreQueries;
import io.vigil.api.query.UrlEncoding;
import io.vigil.api.tenancy.TenancyStores;
import io.vigil.api.tenancy.TenantAccess;
import io.vigil.schema.telemetry.TelemetryBatch;
import io.vigil.schema.telemetry.TelemetryEvent;
import io.vigil.topology.telemetry.RecentRuns;
import io.vigil.topology.telemetry.TelemetryKeys;
import io.vigil.topology.telemetry.TelemetryNames;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * A device's recent events, read where its partition lives: {@code GET /telemetry/devices/{device_id}/telemetry}
 * (newest first, {@code limit}), {@code .../latest} (the newest event) and {@code .../since?since_ts=} (events at or
 * after that time, oldest first, {@code limit}). Events older than {@code vigil.telemetry.recent.retention.ms} are
 * gone; the topic keeps what its own retention allows.
 */
public final class TelemetryReadRoutes implements RouteGroup {

    static final String DEVICE = "/telemetry/devices/{device_id}";
    private static final Instant EARLIEST = Instant.EPOCH;
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private final StoreQueries queries;
    private final TenantAccess access;
    private final Deserializer<TelemetryBatch> batches;
    /** The window store of recent runs, keyed {@code projectId/deviceId}: a run shows as the page of its events. */
    private final QueryableStore<String, byte[]> recentRuns;

    private final AvroJson avro = new AvroJson();

    public TelemetryReadRoutes(StoreQueries queries, TenantAccess access, Deserializer<TelemetryBatch> batches) {
        this.queries = queries;
        this.access = access;
        this.batches = batches;
        this.recentRuns =
                new QueryableStore<>(TelemetryNames.RECENT_STORE, KeyCodec.strings(), run -> page(events(run)));
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get(DEVICE + "/telemetry", this::recent, ProjectKeys.WELCOME, Scope.READ);
        routes.get(DEVICE + "/latest", this::latest, ProjectKeys.WELCOME, Scope.READ);
        routes.get(DEVICE + "/since", this::since, ProjectKeys.WELCOME, Scope.READ);
    }

    private void recent(Context ctx) {
        int limit = limit(ctx);
        ctx.json(compute(ctx, "telemetry", Map.of("limit", Integer.toString(limit)), runs -> newest(runs, limit)));
    }

    private void latest(Context ctx) {
        JsonNode page = compute(ctx, "latest", Map.of(), runs -> newest(runs, 1));
        JsonNode items = page.path("items");
        if (items.isEmpty()) {
            throw ApiException.notFound("The device has sent no events that are still kept");
        }
        ctx.json(items.get(0));
    }

    private void since(Context ctx) {
        String text = ctx.queryParam("since_ts");
        if (text == null) {
            throw ApiException.badRequest("since_ts is required, e.g. since_ts=2026-11-23T10:00:00Z");
        }
        Instant since;
        try {
            since = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            throw ApiException.badRequest(
                    "since_ts must be an ISO-8601 timestamp with an offset, e.g. 2026-11-23T10:00:00Z");
        }
        int limit = limit(ctx);
        ctx.json(compute(ctx, "since", Map.of("since_ts", text, "limit", Integer.toString(limit)), runs -> {
            try (WindowStoreIterator<byte[]> oldest = runs.store().fetch(runs.key(), since, LATEST)) {
                return page(RecentRuns.oldestFirst(oldest, this::events, since, limit));
            }
        }));
    }

    private JsonNode newest(DeviceRuns runs, int limit) {
        try (WindowStoreIterator<byte[]> newest = runs.store().backwardFetch(runs.key(), EARLIEST, LATEST)) {
            return page(RecentRuns.newestFirst(newest, this::events, limit));
        }
    }

    private List<TelemetryEvent> events(byte[] run) {
        return batches.deserialize(TelemetryNames.RECENT_STORE, run).getEvents();
    }

    /** The device's events on the instance that owns its partition, here or forwarded there. */
    private JsonNode compute(Context ctx, String leaf, Map<String, String> query, Function<DeviceRuns, JsonNode> read) {
        String deviceId = ctx.pathParam("device_id");
        String projectId = access.projectOf(ctx, TenancyStores.DEVICES, deviceId, "device");
        String key = TelemetryKeys.scoped(projectId, deviceId);
        String path = "/telemetry/devices/" + UrlEncoding.encode(deviceId) + "/" + leaf;
        return queries.compute(
                recentRuns,
                key,
                QueryOptions.from(ctx),
                (PartitionStores stores) -> read.apply(new DeviceRuns(
                        stores.store(TelemetryNames.RECENT_STORE, QueryableStoreTypes.<String, byte[]>windowStore()),
                        key)),
                path,
                query);
    }

    private JsonNode page(List<TelemetryEvent> events) {
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        events.forEach(event -> items.add(avro.toJson(event)));
        ObjectNode page = JsonNodeFactory.instance.objectNode();
        page.set("items", items);
        return page;
    }

    private int limit(Context ctx) {
        return PageRequest.parse(
                        ctx.queryParam("limit"), null, queries.settings().maxPageSize())
                .limit();
    }

    private record DeviceRuns(ReadOnlyWindowStore<String, byte[]> store, String key) {}
}
