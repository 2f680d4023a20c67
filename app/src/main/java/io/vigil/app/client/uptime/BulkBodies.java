package io.vigil.app.client.uptime;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.vigil.app.uptime.importer.HoursRow;
import io.vigil.app.uptime.importer.PollRow;
import io.vigil.app.uptime.importer.TimezoneRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON bodies of the bulk routes ({@code POST /polls}, {@code /business-hours}, {@code /timezones}) as the uptime
 * HTTP contract spells them, written straight from the rows with a streaming generator. Instants are ISO-8601 in UTC
 * with their fraction kept ({@code 2023-01-25T18:13:22.479220Z}); local times are {@code HH:MM} or {@code HH:MM:SS}.
 */
final class BulkBodies {

    private static final JsonFactory JSON = new JsonFactory();

    private BulkBodies() {}

    static byte[] polls(List<PollRow> polls) {
        return write("polls", polls, (json, poll) -> {
            json.writeStringField("store_id", poll.storeId());
            json.writeStringField("timestamp", poll.at().toString());
            json.writeStringField("status", poll.active() ? "active" : "inactive");
        });
    }

    static byte[] timezones(List<TimezoneRow> zones) {
        return write("timezones", zones, (json, zone) -> {
            json.writeStringField("store_id", zone.storeId());
            json.writeStringField("timezone", zone.zone().getId());
        });
    }

    /** Each store's document replaces its hours: no closure calendar and no poll gap, as the CSV has neither. */
    static byte[] businessHours(List<StoreIntervals> stores) {
        return write("stores", stores, (json, store) -> {
            json.writeStringField("store_id", store.storeId());
            json.writeArrayFieldStart("intervals");
            for (HoursRow row : store.rows()) {
                json.writeStartObject();
                json.writeNumberField("day", row.day());
                json.writeStringField("start", row.start().toString());
                json.writeStringField("end", row.end().toString());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeNullField("closure_calendar");
            json.writeNullField("max_poll_gap_seconds");
        });
    }

    private static <T> byte[] write(String arrayName, List<T> items, ItemWriter<T> fields) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * items.size() + 32);
        try (JsonGenerator json = JSON.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeArrayFieldStart(arrayName);
            for (T item : items) {
                json.writeStartObject();
                fields.write(json, item);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen: writing JSON to memory", e);
        }
        return bytes.toByteArray();
    }

    @FunctionalInterface
    private interface ItemWriter<T> {
        void write(JsonGenerator json, T item) throws IOException;
    }
}
