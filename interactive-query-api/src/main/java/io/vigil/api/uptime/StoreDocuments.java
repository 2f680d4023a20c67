package io.vigil.api.uptime;

import io.vigil.api.json.JsonFields;
import io.vigil.schema.uptime.BusinessHours;
import io.vigil.schema.uptime.BusinessInterval;
import io.vigil.schema.uptime.StoreTimezone;
import io.vigil.topology.delivery.expectation.FieldError;
import io.vigil.topology.uptime.InputChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A store's business hours and timezone documents as records, checked with the topology's own rules
 * ({@link InputChecks#hours}: {@code StoreHours.of}, the poll gap and the calendar name; {@link InputChecks#zone}:
 * {@code ZoneId.of}). A document at fault gives null and records why.
 */
final class StoreDocuments {

    static final String INTERVALS = "intervals";
    static final String CALENDAR = "closure_calendar";
    static final String MAX_POLL_GAP = "max_poll_gap_seconds";
    static final String TIMEZONE = "timezone";
    static final Set<String> HOURS_FIELDS = Set.of(INTERVALS, CALENDAR, MAX_POLL_GAP);
    static final Set<String> ZONE_FIELDS = Set.of(TIMEZONE);

    private static final Set<String> INTERVAL_FIELDS = Set.of("day", "start", "end");

    private StoreDocuments() {}

    /** @param field where the document is in the request, e.g. {@code stores[3]}, empty for a whole body */
    static BusinessHours hours(JsonFields document, String storeId, String field, List<FieldError> errors) {
        int before = errors.size();
        List<BusinessInterval> intervals = new ArrayList<>();
        if (!document.isPresent(INTERVALS)) {
            document.error(INTERVALS, "is required (an empty array is closed all week)");
        } else {
            List<JsonFields> given = document.objects(INTERVALS);
            for (JsonFields interval : given == null ? List.<JsonFields>of() : given) {
                if (interval != null) {
                    interval.rejectUnknown(INTERVAL_FIELDS);
                    intervals.add(interval(interval));
                }
            }
        }
        BusinessHours hours =
                new BusinessHours(storeId, intervals, document.text(CALENDAR), document.longValue(MAX_POLL_GAP));
        if (storeId == null || errors.size() > before) {
            return null;
        }
        BatchLimits.check(() -> InputChecks.hours(storeId, hours), storeId, field, errors);
        return errors.size() > before ? null : hours;
    }

    static StoreTimezone zone(JsonFields document, String storeId, String field, List<FieldError> errors) {
        int before = errors.size();
        String zone = BatchLimits.required(document, TIMEZONE);
        if (storeId == null || zone == null) {
            return null;
        }
        StoreTimezone timezone = new StoreTimezone(storeId, zone);
        BatchLimits.check(() -> InputChecks.zone(storeId, timezone), storeId, field, errors);
        return errors.size() > before ? null : timezone;
    }

    /** Missing or mistyped fields are recorded here; the times themselves are the topology's to judge. */
    private static BusinessInterval interval(JsonFields interval) {
        if (!interval.isPresent("day")) {
            interval.error("day", "is required (0 = Monday .. 6 = Sunday)");
        }
        Integer day = interval.integer("day");
        String start = BatchLimits.required(interval, "start");
        String end = BatchLimits.required(interval, "end");
        return new BusinessInterval(day == null ? 0 : day, start == null ? "" : start, end == null ? "" : end);
    }
}
