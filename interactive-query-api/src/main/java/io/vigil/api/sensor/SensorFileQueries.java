package io.vigil.api.sensor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.api.auth.ApiKey;
import io.vigil.api.error.ApiException;
import io.vigil.api.query.KeyRange;
import io.vigil.api.query.Page;
import io.vigil.api.query.PageRequest;
import io.vigil.api.query.QueryOptions;
import io.vigil.api.query.StoreEntry;
import io.vigil.api.query.StoreHandlers.ItemPage;
import io.vigil.api.query.StoreQueries;
import io.vigil.api.ui.SensorFilesView;
import io.vigil.topology.sensor.SensorKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The documents of sensor files, read from the topology's stores wherever they live: what the JSON routes answer and
 * the UI pages show, built in one place so the two cannot disagree.
 */
public final class SensorFileQueries implements SensorFilesView {

    /** Sensors listed at most in {@code per_sensor_count}; {@code /files/{id}/sensors} pages through all. */
    static final int MAX_PER_SENSOR_COUNT = 10_000;

    /** Entries a filtered list reads at most per request; the cursor then lets the client go on from there. */
    static final int MAX_EXAMINED = 10_000;

    private final StoreQueries queries;

    public SensorFileQueries(StoreQueries queries) {
        this.queries = queries;
    }

    /** The largest page a list may ask for. */
    int maxPageSize() {
        return queries.settings().maxPageSize();
    }

    /** The {@code GET /files/{id}} document, per-sensor counts included. */
    JsonNode document(String fileId, QueryOptions options) {
        JsonNode document =
                queries.get(SensorStores.AGGREGATES, fileId, options).value();
        Map<String, Long> counts = new TreeMap<>();
        String after = null;
        do {
            Page page = sensorPage(fileId, new PageRequest(queries.settings().maxPageSize(), after), options);
            for (StoreEntry entry : page.entries()) {
                if (counts.size() < MAX_PER_SENSOR_COUNT) {
                    counts.put(
                            SensorKeys.parseFileSensor(entry.key()).sensorId(),
                            entry.value().path("count").asLong());
                }
            }
            after = counts.size() < MAX_PER_SENSOR_COUNT ? page.next() : null;
        } while (after != null);
        return SensorFileDocument.withPerSensorCount((ObjectNode) document, counts);
    }

    /** One page of a file's sensors by id, each with count, min, max and mean. */
    ItemPage sensors(String fileId, int limit, String afterSensor, QueryOptions options) {
        PageRequest request = new PageRequest(
                limit,
                afterSensor == null || afterSensor.isEmpty() ? null : SensorKeys.fileSensor(fileId, afterSensor));
        Page page = sensorPage(fileId, request, options);
        List<JsonNode> items = new ArrayList<>();
        for (StoreEntry entry : page.entries()) {
            ObjectNode item = JsonNodeFactory.instance.objectNode();
            item.put("sensor_id", SensorKeys.parseFileSensor(entry.key()).sensorId());
            items.add(item.setAll(StatsJson.write(StatsJson.read(entry.value()))));
        }
        String next = page.next() == null
                ? null
                : SensorKeys.parseFileSensor(page.next()).sensorId();
        return new ItemPage(items, next);
    }

    JsonNode series(String fileId, QueryOptions options) {
        return queries.get(SensorStores.SERIES, fileId, options).value();
    }

    /**
     * Files newest first, optionally only those of one status: with a filter, one call reads at most
     * {@value #MAX_EXAMINED} entries and returns a cursor to go on from.
     */
    ItemPage recent(String status, PageRequest request, QueryOptions options) {
        int maxPage = queries.settings().maxPageSize();
        List<JsonNode> items = new ArrayList<>();
        String after = request.after();
        int examined = 0;
        while (true) {
            Page page = queries.scan(
                    SensorStores.RECENT, new PageRequest(status == null ? request.limit() : maxPage, after), options);
            List<StoreEntry> entries = page.entries();
            for (int i = 0; i < entries.size(); i++) {
                StoreEntry entry = entries.get(i);
                examined++;
                after = entry.key();
                if (status == null || status.equals(entry.value().path("status").asText())) {
                    items.add(entry.value());
                }
                if (items.size() == request.limit()) {
                    boolean last = i == entries.size() - 1 && page.next() == null;
                    return new ItemPage(items, last ? null : after);
                }
            }
            if (page.next() == null || examined >= MAX_EXAMINED) {
                return new ItemPage(items, page.next() == null ? null : after);
            }
        }
    }

    @Override
    public JsonNode file(ApiKey caller, String fileId) {
        return document(fileId, asCaller(caller));
    }

    @Override
    public List<JsonNode> sensors(ApiKey caller, String fileId, int limit) {
        return sensors(fileId, Math.min(limit, queries.settings().maxPageSize()), null, asCaller(caller))
                .items();
    }

    @Override
    public JsonNode series(ApiKey caller, String fileId) {
        try {
            return series(fileId, asCaller(caller));
        } catch (ApiException e) {
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
    }

    @Override
    public List<JsonNode> recent(ApiKey caller, int limit) {
        PageRequest first = new PageRequest(Math.min(limit, queries.settings().maxPageSize()), null);
        return recent(null, first, asCaller(caller)).items();
    }

    /** Fresh reads, with the caller's key for the instances they are forwarded to. */
    private static QueryOptions asCaller(ApiKey caller) {
        return new QueryOptions(false, false, caller);
    }

    private Page sensorPage(String fileId, PageRequest request, QueryOptions options) {
        return queries.range(
                SensorStores.FILE_SENSORS,
                fileId,
                KeyRange.prefix(SensorKeys.fileSensorPrefix(fileId)),
                request,
                options);
    }
}
