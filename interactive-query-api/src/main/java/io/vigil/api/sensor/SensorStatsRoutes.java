package io.vigil.api.sensor;

import com.fasterxml.jackson.databind.node.ArrayNode;
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
import io.vigil.api.query.StoreQueries;
import io.vigil.schema.sensor.SensorStats;
import io.vigil.topology.sensor.SensorKeys;
import io.vigil.topology.sensor.SensorStatsMath;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code GET /sensors/{id}/stats?from=&to=}: one sensor's readings hour by hour (count, min, max, mean over every file,
 * merged exactly) and in total, over a period of at most 366 days, by default the last 24 hours. Read from
 * {@code sensor-hourly-stats} on the instance that owns the sensor.
 */
public final class SensorStatsRoutes implements RouteGroup {

    static final Duration DEFAULT_PERIOD = Duration.ofHours(24);
    static final Duration MAX_PERIOD = Duration.ofDays(366);
    /** Hour-and-file entries read at most per request; the answer says when the period held more. */
    static final int MAX_ENTRIES = 100_000;

    private static final int MAX_SENSOR_ID_LENGTH = 256;

    private static final Duration ONE_HOUR = Duration.ofHours(1);

    private final StoreQueries queries;
    private final Clock clock;

    public SensorStatsRoutes(StoreQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/sensors/{id}/stats", this::stats, Scope.READ, Scope.ADMIN);
    }

    private void stats(Context ctx) {
        String sensorId = ctx.pathParam("id");
        if (sensorId.isEmpty() || sensorId.length() > MAX_SENSOR_ID_LENGTH) {
            throw ApiException.badRequest("A sensor id has 1.." + MAX_SENSOR_ID_LENGTH + " characters");
        }
        Instant to = instant(ctx, "to", clock.instant());
        Instant from = instant(ctx, "from", to.minus(DEFAULT_PERIOD));
        if (!from.isBefore(to)) {
            throw ApiException.badRequest("from must be before to");
        }
        if (Duration.between(from, to).compareTo(MAX_PERIOD) > 0) {
            throw ApiException.badRequest("The period may span at most " + MAX_PERIOD.toDays() + " days");
        }
        long endHour = SensorKeys.hourOf(to.toEpochMilli() - 1) + ONE_HOUR.toMillis();
        KeyRange<String> range = new KeyRange<>(
                SensorKeys.hourlyFrom(sensorId, from.toEpochMilli()), SensorKeys.hourlyFrom(sensorId, endHour));
        Map<Long, SensorStats> hours = new TreeMap<>();
        QueryOptions options = QueryOptions.from(ctx);
        String after = null;
        int read = 0;
        do {
            Page page = queries.range(
                    SensorStores.HOURLY,
                    sensorId,
                    range,
                    new PageRequest(queries.settings().maxPageSize(), after),
                    options);
            for (StoreEntry entry : page.entries()) {
                hours.merge(
                        SensorKeys.parseHourly(entry.key()).hourMillis(),
                        StatsJson.read(entry.value().path("stats")),
                        SensorStatsMath::merge);
            }
            read += page.entries().size();
            after = page.next();
        } while (after != null && read < MAX_ENTRIES);
        ctx.json(answer(sensorId, from, to, hours, after != null));
    }

    private static ObjectNode answer(
            String sensorId, Instant from, Instant to, Map<Long, SensorStats> hours, boolean truncated) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("sensor_id", sensorId);
        json.put("from", from.toString());
        json.put("to", to.toString());
        json.put("truncated", truncated);
        ArrayNode list = json.putArray("hours");
        SensorStats total = null;
        for (Map.Entry<Long, SensorStats> hour : hours.entrySet()) {
            ObjectNode item = list.addObject();
            item.put("hour", Instant.ofEpochMilli(hour.getKey()).toString());
            item.setAll(StatsJson.write(hour.getValue()));
            total = SensorStatsMath.merge(total, hour.getValue());
        }
        json.set("total", StatsJson.write(total));
        return json;
    }

    private static Instant instant(Context ctx, String name, Instant fallback) {
        String text = ctx.queryParam(name);
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + " must be an ISO-8601 instant such as 2026-11-23T09:00:00Z");
        }
    }
}
