package io.vigil.api.telemetry;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.api.error.ApiException;
import io.vigil.api.json.FieldErrors;
import io.vigil.api.json.JsonFields;
import io.vigil.api.json.MicrosInstants;
import io.vigil.schema.errors.ErrorCodes;
import io.vigil.schema.telemetry.TelemetryEvent;
import io.vigil.topology.delivery.expectation.FieldError;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the body of {@code POST /telemetry}: {@code {"device_external_id": "...", "events": [{"ts": ISO-8601,
 * "data": {metric: number | string | boolean | null}}]}}. Every event is checked before anything is written, and the
 * batch is refused whole when one is wrong (422 naming the fields at fault; 413 beyond the event limit). A timestamp
 * without an offset is taken as UTC.
 */
final class TelemetryBatchReader {

    static final int MAX_METRICS = 256;
    static final int MAX_METRIC_NAME = 128;
    static final int MAX_TEXT_VALUE = 1_024;

    /** A batch as read, before its device is looked up. */
    record Read(String externalId, List<TelemetryEvent> events) {}

    private final int maxEvents;
    private final Duration maxFuture;

    TelemetryBatchReader(int maxEvents, Duration maxFuture) {
        this.maxEvents = maxEvents;
        this.maxFuture = maxFuture;
    }

    /** @param now the wall-clock time the batch arrived, for the future-timestamp check */
    Read read(JsonNode body, Instant now) {
        JsonNode events = body.get("events");
        if (events != null && events.isArray() && events.size() > maxEvents) {
            throw new ApiException(
                    413,
                    ErrorCodes.forStatus(413),
                    "events: " + events.size() + " events, more than " + maxEvents + " a batch; split the batch",
                    Map.of());
        }
        List<FieldError> errors = new ArrayList<>();
        JsonFields fields = new JsonFields((com.fasterxml.jackson.databind.node.ObjectNode) body, "", errors);
        fields.rejectUnknown(java.util.Set.of("device_external_id", "events"));
        String externalId = fields.text("device_external_id");
        if (externalId == null && !fields.isPresent("device_external_id")) {
            fields.error("device_external_id", "is required");
        }
        List<TelemetryEvent> read = new ArrayList<>();
        if (events == null || !events.isArray()) {
            fields.error("events", "must be an array of events");
        } else if (events.isEmpty()) {
            fields.error("events", "must hold at least one event");
        } else {
            Instant latest = now.plus(maxFuture);
            for (int i = 0; i < events.size() && errors.size() <= FieldErrors.MAX_LISTED; i++) {
                TelemetryEvent event = event(events.get(i), "events[" + i + "].", latest, errors);
                if (event != null) {
                    read.add(event);
                }
            }
        }
        FieldErrors.requireNone(errors, 422);
        return new Read(externalId, read);
    }

    private static TelemetryEvent event(JsonNode node, String path, Instant latest, List<FieldError> errors) {
        if (!node.isObject()) {
            errors.add(new FieldError(path.substring(0, path.length() - 1), "must be an object"));
            return null;
        }
        int before = errors.size();
        Instant ts = timestamp(node.get("ts"), path + "ts", errors);
        if (ts != null && ts.isAfter(latest)) {
            errors.add(new FieldError(path + "ts", ts + " lies in the future (beyond " + latest + ")"));
        }
        Map<String, Object> data = data(node.get("data"), path + "data", errors);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("ts") && !name.equals("data")) {
                errors.add(new FieldError(path + JsonFields.quote(name), "is not a known field"));
            }
        }
        return errors.size() == before ? new TelemetryEvent(ts, data) : null;
    }

    private static Instant timestamp(JsonNode node, String field, List<FieldError> errors) {
        if (node == null || !node.isTextual()) {
            errors.add(new FieldError(field, "must be an ISO-8601 timestamp such as 2026-11-23T10:00:00Z"));
            return null;
        }
        String text = node.textValue();
        try {
            return MicrosInstants.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeException withOffset) {
            try {
                return MicrosInstants.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
            } catch (DateTimeException naive) {
                errors.add(new FieldError(field, JsonFields.quote(text) + " is not an ISO-8601 timestamp"));
                return null;
            }
        }
    }

    private static Map<String, Object> data(JsonNode node, String field, List<FieldError> errors) {
        if (node == null || !node.isObject()) {
            errors.add(new FieldError(field, "must be a JSON object of metric names to values"));
            return Map.of();
        }
        if (node.size() > MAX_METRICS) {
            errors.add(new FieldError(field, "must hold at most " + MAX_METRICS + " metrics"));
            return Map.of();
        }
        Map<String, Object> data = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> entries = node.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String name = entry.getKey();
            String at = field + "." + JsonFields.quote(name);
            if (name.isBlank() || name.length() > MAX_METRIC_NAME) {
                errors.add(new FieldError(at, "metric names must be 1 to " + MAX_METRIC_NAME + " characters"));
                continue;
            }
            JsonNode value = entry.getValue();
            if (value.isNumber() && Double.isFinite(value.doubleValue())) {
                data.put(name, value.doubleValue());
            } else if (value.isTextual() && value.textValue().length() <= MAX_TEXT_VALUE) {
                data.put(name, value.textValue());
            } else if (value.isBoolean()) {
                data.put(name, value.booleanValue());
            } else if (value.isNull()) {
                data.put(name, null);
            } else {
                errors.add(new FieldError(
                        at,
                        "must be a number, a string of at most " + MAX_TEXT_VALUE
                                + " characters, true, false or null"));
            }
        }
        return data;
    }
}
