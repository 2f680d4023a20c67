package io.vigil.api.telemetry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.vigil.api.error.ApiException;
import io.vigil.api.json.FieldErrors;
import io.vigil.api.json.JsonFields;
import io.vigil.api.json.MicrosInstants;
import io.vigil.schema.errors.ErrorCodes;
import io.vigil.schema.telemetry.TelemetryEvent;
import io.vigil.schema.time.EpochMicros;
import io.vigil.schema.time.IsoTimestampText;
import io.vigil.topology.delivery.expectation.FieldError;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the body of {@code POST /telemetry}: {@code {"device_external_id": "...", "events": [{"ts": ISO-8601,
 * "data": {metric: number | string | boolean | null}}]}}. Every event is checked before anything is written, and the
 * batch is refused whole when one is wrong (422 naming the fields at fault; 413 beyond the event limit; 400 when the
 * body is not one JSON object). A timestamp without an offset is taken as UTC.
 *
 * <p>The body is read token by token into the events, without a tree of it first: a batch of 5,000 events is half a
 * megabyte of JSON, and a tree of it cost more than everything else the route does.
 */
final class TelemetryBatchReader {

    static final int MAX_METRICS = 256;
    static final int MAX_METRIC_NAME = 128;
    static final int MAX_TEXT_VALUE = 1_024;

    private static final String TS_EXPECTED = "must be an ISO-8601 timestamp such as 2026-11-23T10:00:00Z";
    private static final String DATA_EXPECTED = "must be a JSON object of metric names to values";

    /** A batch as read, before its device is looked up. */
    record Read(String externalId, List<TelemetryEvent> events) {}

    private final JsonFactory json;
    private final int maxEvents;
    private final Duration maxFuture;

    /** @param json the API's JSON settings; numbers are read with Jackson's fast (and exact) double parser */
    TelemetryBatchReader(JsonFactory json, int maxEvents, Duration maxFuture) {
        this.json =
                json.rebuild().enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();
        this.maxEvents = maxEvents;
        this.maxFuture = maxFuture;
    }

    /** @param now the wall-clock time the batch arrived, for the future-timestamp check */
    Read read(byte[] body, Instant now) {
        try (JsonParser parser = json.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw ApiException.badRequest("The body must be a JSON object");
            }
            Body batch = new Body(parser, now.plus(maxFuture));
            batch.fields();
            if (parser.nextToken() != null) {
                throw ApiException.badRequest("The body must be one JSON object, with nothing after it");
            }
            FieldErrors.requireNone(batch.errors, 422);
            return new Read(batch.externalId, batch.events);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("The body is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) { // held in memory: only its bytes can be wrong, e.g. not in a Unicode encoding
            throw ApiException.badRequest("The body is not JSON: " + e.getMessage());
        }
    }

    /** The reading of one body: the parser stands on its opening brace. */
    private final class Body {

        private final JsonParser parser;
        private final Instant latest;
        private final List<FieldError> errors = new ArrayList<>();
        private final List<TelemetryEvent> events = new ArrayList<>();
        private String externalId;
        private boolean externalIdGiven;
        private boolean eventsRead;

        Body(JsonParser parser, Instant latest) {
            this.parser = parser;
            this.latest = latest;
        }

        /** Reads the object's fields up to its closing brace, recording what is wrong with them. */
        void fields() throws IOException {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "device_external_id" -> externalId(value);
                    case "events" -> events(value);
                    default -> {
                        errors.add(new FieldError(JsonFields.shown(name), "is not a known field"));
                        parser.skipChildren();
                    }
                }
            }
            if (!externalIdGiven) {
                errors.add(new FieldError("device_external_id", "is required"));
            }
            if (!eventsRead) {
                errors.add(new FieldError("events", "must be an array of events"));
            }
        }

        private void externalId(JsonToken value) throws IOException {
            externalIdGiven = value != JsonToken.VALUE_NULL;
            if (value == JsonToken.VALUE_STRING) {
                externalId = parser.getText();
            } else if (externalIdGiven) {
                errors.add(new FieldError("device_external_id", "must be a string"));
                parser.skipChildren();
            }
        }

        private void events(JsonToken value) throws IOException {
            if (value != JsonToken.START_ARRAY) {
                parser.skipChildren();
                return;
            }
            eventsRead = true;
            int count = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (++count > maxEvents) {
                    throw new ApiException(
                            413,
                            ErrorCodes.forStatus(413),
                            "events: more than " + maxEvents + " events a batch; split the batch",
                            Map.of());
                }
                String path = "events[" + (count - 1) + "]";
                if (errors.size() > FieldErrors.MAX_LISTED) {
                    parser.skipChildren(); // counted for the limit, no longer checked
                } else if (parser.currentToken() == JsonToken.START_OBJECT) {
                    event(path);
                } else {
                    errors.add(new FieldError(path, "must be an object"));
                    parser.skipChildren();
                }
            }
            if (count == 0) {
                errors.add(new FieldError("events", "must hold at least one event"));
            }
        }

        private void event(String path) throws IOException {
            int before = errors.size();
            Instant ts = null;
            Map<String, Object> data = null;
            boolean tsGiven = false;
            boolean dataGiven = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "ts" -> {
                        tsGiven = true;
                        ts = timestamp(value, path + ".ts");
                    }
                    case "data" -> {
                        dataGiven = true;
                        data = data(value, path + ".data");
                    }
                    default -> {
                        errors.add(new FieldError(path + "." + JsonFields.quote(name), "is not a known field"));
                        parser.skipChildren();
                    }
                }
            }
            if (!tsGiven) {
                errors.add(new FieldError(path + ".ts", TS_EXPECTED));
            }
            if (!dataGiven) {
                errors.add(new FieldError(path + ".data", DATA_EXPECTED));
            }
            if (errors.size() == before) {
                events.add(new TelemetryEvent(ts, data));
            }
        }

        private Instant timestamp(JsonToken value, String field) throws IOException {
            if (value != JsonToken.VALUE_STRING) {
                errors.add(new FieldError(field, TS_EXPECTED));
                parser.skipChildren();
                return null;
            }
            int from = parser.getTextOffset();
            long micros = IsoTimestampText.parse(parser.getTextCharacters(), from, from + parser.getTextLength());
            Instant ts = micros != IsoTimestampText.INVALID
                    ? EpochMicros.toInstant(micros)
                    : otherIsoForm(parser.getText(), field);
            if (ts != null && ts.isAfter(latest)) {
                errors.add(new FieldError(field, ts + " lies in the future (beyond " + latest + ")"));
                return null;
            }
            return ts;
        }

        /** What {@link IsoTimestampText} does not take but java.time does: e.g. a lower-case t, years past 9999. */
        private Instant otherIsoForm(String text, String field) {
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

        private Map<String, Object> data(JsonToken value, String field) throws IOException {
            if (value != JsonToken.START_OBJECT) {
                errors.add(new FieldError(field, DATA_EXPECTED));
                parser.skipChildren();
                return null;
            }
            Map<String, Object> data = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken metric = parser.nextToken();
                if (data.size() == MAX_METRICS && !data.containsKey(name)) {
                    errors.add(new FieldError(field, "must hold at most " + MAX_METRICS + " metrics"));
                    skipRestOfObject();
                    return null;
                }
                String at = field + "." + JsonFields.quote(name);
                if (name.isBlank() || name.length() > MAX_METRIC_NAME) {
                    errors.add(new FieldError(at, "metric names must be 1 to " + MAX_METRIC_NAME + " characters"));
                    parser.skipChildren();
                    continue;
                }
                metric(metric, name, at, data);
            }
            return data;
        }

        private void metric(JsonToken value, String name, String at, Map<String, Object> data) throws IOException {
            switch (value) {
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    double number = parser.getDoubleValue();
                    if (Double.isFinite(number)) {
                        data.put(name, number);
                        return;
                    }
                }
                case VALUE_STRING -> {
                    if (parser.getTextLength() <= MAX_TEXT_VALUE) {
                        data.put(name, parser.getText());
                        return;
                    }
                }
                case VALUE_TRUE, VALUE_FALSE -> {
                    data.put(name, value == JsonToken.VALUE_TRUE);
                    return;
                }
                case VALUE_NULL -> {
                    data.put(name, null);
                    return;
                }
                default -> parser.skipChildren();
            }
            errors.add(new FieldError(
                    at,
                    "must be a number, a string of at most " + MAX_TEXT_VALUE + " characters, true, false or null"));
        }

        /** Skips what is left of the object the parser is in, standing on a field's value. */
        private void skipRestOfObject() throws IOException {
            parser.skipChildren();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                parser.nextToken();
                parser.skipChildren();
            }
        }
    }
}
