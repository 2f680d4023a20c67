package io.vigil.api.uptime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.api.query.PartitionStores;
import io.vigil.schema.uptime.StoreLiveStatus;
import io.vigil.topology.uptime.StoreProfile;
import io.vigil.topology.uptime.UptimeSettings;
import io.vigil.topology.uptime.UptimeStores;
import io.vigil.topology.uptime.time.PeriodFigures;
import io.vigil.topology.uptime.time.UptimeFigures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * A store's live figures, computed on the instance that owns its partition: uptime and downtime (and on request
 * unknown time) inside business hours over the last hour in minutes and the last day and week in hours, as JSON
 * numbers at full precision.
 */
final class LiveUptime {

    private static final double NANOS_PER_MINUTE = Duration.ofMinutes(1).toNanos();
    private static final double NANOS_PER_HOUR = Duration.ofHours(1).toNanos();

    private final UptimeSettings settings;
    private final ClosureCalendars calendars;

    LiveUptime(UptimeSettings settings, ClosureCalendars calendars) {
        this.settings = settings;
        this.calendars = calendars;
    }

    /**
     * @param at the reference instant, or null for the store's latest poll (now when it has none)
     * @throws io.vigil.api.error.ApiException 404 for a store no input has named
     */
    JsonNode figures(PartitionStores stores, String storeId, Instant at, Instant now, boolean unknown) {
        OwnerReads reads = new OwnerReads(stores, settings);
        StoreLiveStatus status = reads.status(storeId);
        Instant reference = at != null ? at : status.getLatestPollAt() != null ? status.getLatestPollAt() : now;
        UptimeStores uptime = reads.uptime();
        StoreProfile profile = uptime.profile(storeId);
        UptimeFigures figures = uptime.figures(storeId, profile, reference, calendars.closedDates(profile.calendar()));
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("store_id", storeId);
        json.put("reference", reference.toString());
        json.put("timezone", profile.zone().getId());
        List<PeriodFigures> periods = List.of(figures.lastHour(), figures.lastDay(), figures.lastWeek());
        put(json, "uptime", periods, PeriodFigures::uptime);
        put(json, "downtime", periods, PeriodFigures::downtime);
        if (unknown) {
            put(json, "unknown", periods, PeriodFigures::unknown);
        }
        return json;
    }

    /** {@code <kind>_last_hour} in minutes, {@code <kind>_last_day} and {@code <kind>_last_week} in hours. */
    private static void put(
            ObjectNode json, String kind, List<PeriodFigures> periods, Function<PeriodFigures, Duration> figure) {
        json.put(kind + "_last_hour", figure.apply(periods.get(0)).toNanos() / NANOS_PER_MINUTE);
        json.put(kind + "_last_day", figure.apply(periods.get(1)).toNanos() / NANOS_PER_HOUR);
        json.put(kind + "_last_week", figure.apply(periods.get(2)).toNanos() / NANOS_PER_HOUR);
    }
}
