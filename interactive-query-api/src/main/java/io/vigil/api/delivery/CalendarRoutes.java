package io.vigil.api.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vigil.api.RouteGroup;
import io.vigil.api.auth.Scope;
import io.vigil.api.error.ApiException;
import io.vigil.api.json.AvroJson;
import io.vigil.api.json.JsonBodies;
import io.vigil.api.query.QueryableStore;
import io.vigil.api.query.StoreQueries;
import io.vigil.api.write.TopicWriter;
import io.vigil.schema.delivery.DeliveryCalendar;
import io.vigil.topology.delivery.DeliveryNames;
import io.vigil.topology.delivery.expectation.StreamKeys;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Holiday calendars: {@code PUT /calendars/{name}} with {@code {"dates": ["2026-12-25", ...]}} replaces a calendar,
 * {@code GET /calendars/{name}} reads it. Expectations name one in {@code skip_calendar}; no delivery is due on its
 * dates, and a change takes effect at each stream's next evaluation.
 */
public final class CalendarRoutes implements RouteGroup {

    static final int MAX_DATES = 1000;
    static final QueryableStore<String, DeliveryCalendar> STORE = QueryableStore.avro(DeliveryNames.CALENDARS_STORE);

    private final StoreQueries queries;
    private final TopicWriter writer;
    private final Serializer<DeliveryCalendar> calendars;
    private final ObjectMapper json;
    private final Clock clock;

    public CalendarRoutes(
            StoreQueries queries,
            TopicWriter writer,
            Serializer<DeliveryCalendar> calendars,
            ObjectMapper json,
            Clock clock) {
        this.queries = queries;
        this.writer = writer;
        this.calendars = calendars;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.put("/calendars/{name}", this::put, Scope.ADMIN);
        routes.get("/calendars/{name}", this::get, Scope.READ);
    }

    private void put(Context ctx) {
        String name = name(ctx);
        JsonNode dates = JsonBodies.object(ctx, json).path("dates");
        if (!dates.isArray() || dates.size() > MAX_DATES) {
            throw ApiException.badRequest("dates must be an array of at most " + MAX_DATES + " ISO dates (yyyy-MM-dd)");
        }
        TreeSet<LocalDate> sorted = new TreeSet<>();
        for (int i = 0; i < dates.size(); i++) {
            sorted.add(date(dates.get(i), i));
        }
        List<String> iso = new ArrayList<>();
        sorted.forEach(date -> iso.add(date.toString()));
        DeliveryCalendar calendar = new DeliveryCalendar(name, iso, clock.instant());
        writer.write(DeliveryNames.CALENDARS_TOPIC, name, calendar, calendars);
        ctx.status(202).json(new AvroJson().toJson(calendar));
    }

    private void get(Context ctx) {
        ctx.json(queries.getGlobal(STORE, name(ctx)).value());
    }

    private static String name(Context ctx) {
        String name = ctx.pathParam("name");
        if (!StreamKeys.isValidId(name)) {
            throw ApiException.badRequest("calendar names are 1-128 of A-Z a-z 0-9 . _ -");
        }
        return name;
    }

    private static LocalDate date(JsonNode value, int index) {
        try {
            return LocalDate.parse(value.isTextual() ? value.asText() : "");
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("dates[" + index + "] is not an ISO date (yyyy-MM-dd)");
        }
    }
}
