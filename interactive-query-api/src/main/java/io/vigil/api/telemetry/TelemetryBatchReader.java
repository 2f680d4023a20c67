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
import java.util.List;
import java.util.Map;

/**
 * Reads the body of {@code POST /telemetry}: {@code {"device_external_id": "...", "events": [{"ts": ISO-8601,
 * "data": {metric: number | string | boolean | null}}]}}. Every event is checked before anything is written, and the
 * batch is refused whole when one is wrong (422 naming the fields at fault; 413 beyond the event limit; 400 when the
 * body is not one JSON object). A timestamp without an offset is taken as UTC.
 *
 * <p>The body is read token by token straight into Avro ({@link AvroEvents}), without a tree of it first: a batch of
 * 5,000 events is half a megabyte of JSON, and a tree of it cost more than everything else the route does.
 */
final class TelemetryBatchReader {

    static final int MAX_METRICS = 256;
    static final int MAX_METRIC_NAME = 128;
    static final int MAX_TEXT_VALUE = 1_024;

    private static final String TS_EXPECTED = "must be an ISO-8601 timestamp such as 2026-11-23T10:00:00Z";
    private static final String DATA_EXPECTED = "must be a JSON object of metric names to values";

    /** A batch as read, before its device is looked up: its events already in Avro. */
    record Read(String externalId, AvroEvents events) {}

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
            Body batch = new Body(parser, micros(now.plus(maxFuture)), new AvroEvents(body.length / 2, MAX_METRICS));
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

    /** The epoch microseconds of {@code latest}, or the bound a long holds on that side. */
    private static long micros(Instant latest) {
        try {
            return EpochMicros.of(latest);
        } catch (ArithmeticException beyond) {
            return latest.isAfter(Instant.EPOCH) ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
    }

    /** The reading of one body: the parser stands on its opening brace. */
    private final class Body {

        private final JsonParser parser;
        private final long latestMicros;
        private final AvroEvents events;
        private final List<FieldError> errors = new ArrayList<>();
        private String externalId;
        private boolean externalIdGiven;
        private boolean eventsRead;

        Body(JsonParser parser, long latestMicros, AvroEvents events) {
            this.parser = parser;
            this.latestMicros = latestMicros;
            this.events = events;
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
                if (errors.size() > FieldErrors.MAX_LISTED) {
                    parser.skipChildren(); // counted for the limit, no longer checked
                } else if (parser.currentToken() == JsonToken.START_OBJECT) {
                    event(count - 1);
                } else {
                    errors.add(new FieldError(field(count - 1, ""), "must be an object"));
                    parser.skipChildren();
                }
            }
            if (count == 0) {
                errors.add(new FieldError("events", "must hold at least one event"));
            }
        }

        /** Reads event {@code index}; the paths of its fields are spelt out only for an error. */
        private void event(int index) throws IOException {
            int before = errors.size();
            events.startEvent();
            boolean tsGiven = false;
            boolean dataGiven = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "ts" -> {
                        tsGiven = true;
                        timestamp(value, index);
                    }
                    case "data" -> {
                        dataGiven = true;
                        data(value, index);
                    }
                    default -> {
                        errors.add(new FieldError(field(index, "." + JsonFields.quote(name)), "is not a known field"));
                        parser.skipChildren();
                    }
                }
            }
            if (!tsGiven) {
                errors.add(new FieldError(field(index, ".ts"), TS_EXPECTED));
            }
            if (!dataGiven) {
                errors.add(new FieldError(field(index, ".data"), DATA_EXPECTED));
            }
            if (errors.size() == before) {
                events.endEvent();
            }
        }

        private void timestamp(JsonToken value, int index) throws IOException {
            if (value != JsonToken.VALUE_STRING) {
                errors.add(new FieldError(field(index, ".ts"), TS_EXPECTED));
                parser.skipChildren();
                return;
            }
            int from = parser.getTextOffset();
            long micros = IsoTimestampText.parse(parser.getTextCharacters(), from, from + parser.getTextLength());
            if (micros == IsoTimestampText.INVALID) {
                Instant other = otherIsoForm(parser.getText(), index);
                if (other == null) {
                    return;
                }
                micros = EpochMicros.of(other);
            }
            if (micros > latestMicros) {
                errors.add(new FieldError(
                        field(index, ".ts"),
                        EpochMicros.toInstant(micros) + " lies in the future (beyond "
                                + EpochMicros.toInstant(latestMicros) + ")"));
                return;
            }
            events.ts(micros);
        }

        /** What {@link IsoTimestampText} does not take but java.time does: e.g. a lower-case t, years past 9999. */
        private Instant otherIsoForm(String text, int index) {
            try {
                return MicrosInstants.of(OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeException withOffset) {
                try {
                    return MicrosInstants.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
                } catch (DateTimeException naive) {
                    errors.add(new FieldError(
                            field(index, ".ts"), JsonFields.quote(text) + " is not an ISO-8601 timestamp"));
                    return null;
                }
            }
        }

        private void data(JsonToken value, int index) throws IOException {
            if (value != JsonToken.START_OBJECT) {
                errors.add(new FieldError(field(index, ".data"), DATA_EXPECTED));
                parser.skipChildren();
                return;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken metric = parser.nextToken();
                if (events.metrics() == MAX_METRICS) {
                    errors.add(new FieldError(field(index, ".data"), "must hold at most " + MAX_METRICS + " metrics"));
                    skipRestOfObject();
                    return;
                }
                if (name.isBlank() || name.length() > MAX_METRIC_NAME) {
                    errors.add(new FieldError(
                            metricField(index, name), "metric names must be 1 to " + MAX_METRIC_NAME + " characters"));
                    parser.skipChildren();
                    continue;
                }
                metric(metric, name, index);
            }
        }

        private void metric(JsonToken value, String name, int index) throws IOException {
            switch (value) {
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    double number = parser.getDoubleValue();
                    if (Double.isFinite(number)) {
                        events.number(name, number);
                        return;
                    }
                }
                case VALUE_STRING -> {
                    if (parser.getTextLength() <= MAX_TEXT_VALUE) {
                        events.text(name, parser.getText());
                        return;
                    }
                }
                case VALUE_TRUE, VALUE_FALSE -> {
                    events.bool(name, value == JsonToken.VALUE_TRUE);
                    return;
                }
                case VALUE_NULL -> {
                    events.none(name);
                    return;
                }
                default -> parser.skipChildren();
            }
            errors.add(new FieldError(
                    metricField(index, name),
                    "must be a number, a string of at most " + MAX_TEXT_VALUE + " characters, true, false or null"));
        }

        private static String field(int index, String rest) {
            return "events[" + index + "]" + rest;
        }

        private static String metricField(int index, String metric) {
            return field(index, ".data." + JsonFields.quote(metric));
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
