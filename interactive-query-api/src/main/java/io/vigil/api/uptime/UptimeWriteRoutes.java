package io.vigil.api.uptime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vigil.api.RouteGroup;
import io.vigil.api.auth.Scope;
import io.vigil.api.json.AvroJson;
import io.vigil.api.json.JsonBodies;
import io.vigil.api.json.JsonFields;
import io.vigil.api.write.TopicWriter;
import io.vigil.schema.uptime.BusinessHours;
import io.vigil.schema.uptime.StorePoll;
import io.vigil.schema.uptime.StoreTimezone;
import io.vigil.topology.delivery.expectation.FieldError;
import io.vigil.topology.uptime.UptimeNames;
import io.vigil.topology.uptime.UptimeSerdes;
import io.vigil.topology.uptime.UptimeSettings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The uptime inputs over HTTP: polls ({@code POST /stores/{id}/polls}, {@code POST /polls}), business hours and
 * timezones (one store with {@code PUT}/{@code DELETE}, many with {@code POST /business-hours}, {@code POST
 * /timezones}). A batch is checked whole with the topology's rules first, so it is written entirely or not at all;
 * each record is keyed by store id and answered once Kafka acknowledged it. Record timestamps are the time of the
 * write, not the poll time: the polls topic's retention must not delete imported history on arrival.
 */
public final class UptimeWriteRoutes implements RouteGroup {

    private final TopicWriter writer;
    private final UptimeSerdes serdes;
    private final PollItems polls;
    private final ObjectMapper json;

    /**
     * @param settings the topology's uptime settings: polls later than {@code maxFuturePoll} after now are refused here
     *     as they would be there
     * @param clock the "now" of that rule
     */
    public UptimeWriteRoutes(
            TopicWriter writer, UptimeSerdes serdes, UptimeSettings settings, Clock clock, ObjectMapper json) {
        this.writer = writer;
        this.serdes = serdes;
        this.polls = new PollItems(clock, settings.maxFuturePoll());
        this.json = json;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/stores/{id}/polls", ctx -> writePolls(ctx, StoreIdField.of(ctx)), Scope.INGEST, Scope.ADMIN);
        routes.post("/polls", ctx -> writePolls(ctx, null), Scope.INGEST, Scope.ADMIN);
        routes.put("/stores/{id}/business-hours", this::putHours, Scope.ADMIN);
        routes.delete(
                "/stores/{id}/business-hours",
                ctx -> delete(
                        ctx, UptimeNames.BUSINESS_HOURS_TOPIC, serdes.hours().serializer()),
                Scope.ADMIN);
        routes.post("/business-hours", this::postHours, Scope.ADMIN);
        routes.put("/stores/{id}/timezone", this::putZone, Scope.ADMIN);
        routes.delete(
                "/stores/{id}/timezone",
                ctx -> delete(ctx, UptimeNames.TIMEZONES_TOPIC, serdes.zones().serializer()),
                Scope.ADMIN);
        routes.post("/timezones", this::postZones, Scope.ADMIN);
    }

    private void writePolls(Context ctx, String storeId) {
        List<StorePoll> valid = polls.parse(JsonBodies.object(ctx, json), storeId);
        writer.writeAll(
                UptimeNames.POLLS_TOPIC,
                valid,
                StorePoll::getStoreId,
                serdes.polls().serializer());
        accepted(ctx, valid.size());
    }

    private void putHours(Context ctx) {
        String storeId = StoreIdField.of(ctx);
        List<FieldError> errors = new ArrayList<>();
        BusinessHours hours =
                StoreDocuments.hours(document(ctx, StoreDocuments.HOURS_FIELDS, errors), storeId, "", errors);
        BatchLimits.requireNone(errors);
        writer.write(
                UptimeNames.BUSINESS_HOURS_TOPIC, storeId, hours, serdes.hours().serializer());
        ctx.status(200).json(new AvroJson().toJson(hours));
    }

    private void putZone(Context ctx) {
        String storeId = StoreIdField.of(ctx);
        List<FieldError> errors = new ArrayList<>();
        StoreTimezone zone =
                StoreDocuments.zone(document(ctx, StoreDocuments.ZONE_FIELDS, errors), storeId, "", errors);
        BatchLimits.requireNone(errors);
        writer.write(UptimeNames.TIMEZONES_TOPIC, storeId, zone, serdes.zones().serializer());
        ctx.status(200).json(new AvroJson().toJson(zone));
    }

    private void postHours(Context ctx) {
        List<BusinessHours> all = new ArrayList<>();
        readBatch(
                ctx,
                "stores",
                StoreDocuments.HOURS_FIELDS,
                (item, storeId, field, errors) -> all.add(StoreDocuments.hours(item, storeId, field, errors)));
        writer.writeAll(
                UptimeNames.BUSINESS_HOURS_TOPIC,
                all,
                BusinessHours::getStoreId,
                serdes.hours().serializer());
        accepted(ctx, all.size());
    }

    private void postZones(Context ctx) {
        List<StoreTimezone> all = new ArrayList<>();
        readBatch(
                ctx,
                "timezones",
                StoreDocuments.ZONE_FIELDS,
                (item, storeId, field, errors) -> all.add(StoreDocuments.zone(item, storeId, field, errors)));
        writer.writeAll(
                UptimeNames.TIMEZONES_TOPIC,
                all,
                StoreTimezone::getStoreId,
                serdes.zones().serializer());
        accepted(ctx, all.size());
    }

    /** A tombstone: no hours is open 24/7 again, no zone is the default zone again. */
    private <T> void delete(Context ctx, String topic, Serializer<T> serializer) {
        writer.write(topic, StoreIdField.of(ctx), null, serializer);
        ctx.status(204);
    }

    private JsonFields document(Context ctx, Set<String> fields, List<FieldError> errors) {
        JsonFields document = new JsonFields((ObjectNode) JsonBodies.object(ctx, json), "", errors);
        document.rejectUnknown(fields);
        return document;
    }

    /** Reads every item of the array {@code name}, each with its {@code store_id}; 400 if any is at fault. */
    private void readBatch(Context ctx, String name, Set<String> fields, ItemReader reader) {
        JsonNode items = BatchLimits.items(JsonBodies.object(ctx, json), name);
        List<FieldError> errors = new ArrayList<>();
        Set<String> withId = new HashSet<>(fields);
        withId.add(StoreIdField.NAME);
        for (int i = 0; i < items.size(); i++) {
            String field = name + "[" + i + "]";
            if (!items.get(i).isObject()) {
                errors.add(new FieldError(field, "must be an object"));
                continue;
            }
            JsonFields item = new JsonFields((ObjectNode) items.get(i), field + ".", errors);
            item.rejectUnknown(withId);
            reader.read(item, StoreIdField.read(item), field, errors);
        }
        BatchLimits.requireNone(errors);
    }

    private static void accepted(Context ctx, int count) {
        ctx.status(202).json(Map.of("accepted", count));
    }

    @FunctionalInterface
    private interface ItemReader {
        void read(JsonFields item, String storeId, String field, List<FieldError> errors);
    }
}
