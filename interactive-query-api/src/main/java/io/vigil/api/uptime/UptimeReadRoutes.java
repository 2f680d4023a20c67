package io.vigil.api.uptime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vigil.api.RouteGroup;
import io.vigil.api.auth.Scope;
import io.vigil.api.error.ApiException;
import io.vigil.api.query.Page;
import io.vigil.api.query.PageRequest;
import io.vigil.api.query.QueryOptions;
import io.vigil.api.query.StoreEntry;
import io.vigil.api.query.StoreQueries;
import io.vigil.api.query.UrlEncoding;
import io.vigil.topology.uptime.UptimeSettings;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Live uptime: {@code GET /stores/{id}/uptime?at=&unknown=} computed where the store's partition lives (forwarded to
 * its owner otherwise), and {@code GET /stores?status=down} listing the stores down now inside their business hours.
 */
public final class UptimeReadRoutes implements RouteGroup {

    /** Where the down list asks the owner of a store whether it is down: no client needs it. */
    public static final String INTERNAL_DOWN = "/internal/uptime/stores/{id}/down";

    /** The most directory pages one down-list request reads. */
    static final int MAX_PAGES_PER_REQUEST = 20;

    private static final String LATEST = "latest";

    private final StoreQueries queries;
    private final Clock clock;
    private final LiveUptime live;
    private final DownState down;

    /** @param settings the topology's uptime settings, to read its stores alike */
    public UptimeReadRoutes(StoreQueries queries, UptimeSettings settings, Clock clock) {
        this.queries = queries;
        this.clock = clock;
        ClosureCalendars calendars = new ClosureCalendars(queries);
        this.live = new LiveUptime(settings, calendars);
        this.down = new DownState(settings, calendars);
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/stores/{id}/uptime", this::uptime, Scope.READ, Scope.ADMIN);
        routes.get("/stores", this::list, Scope.READ, Scope.ADMIN);
        routes.get(INTERNAL_DOWN, this::downState, Scope.READ, Scope.ADMIN);
    }

    private void uptime(Context ctx) {
        String storeId = StoreIdField.of(ctx);
        String atText = ctx.queryParam("at");
        boolean unknown = flag(ctx.queryParam("unknown"));
        Instant now = clock.instant();
        Instant at = atText == null ? now : LATEST.equals(atText) ? null : instant("at", atText);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("at", at == null ? LATEST : at.toString());
        query.put("unknown", Boolean.toString(unknown));
        ctx.json(queries.compute(
                UptimeApiStores.STATUS,
                storeId,
                QueryOptions.from(ctx),
                stores -> live.figures(stores, storeId, at, now, unknown),
                "/stores/" + UrlEncoding.encode(storeId) + "/uptime",
                query));
    }

    private void list(Context ctx) {
        String status = ctx.queryParam("status");
        if (!DownState.DOWN.equals(status)) {
            throw ApiException.badRequest("status: must be down, the one list of stores there is");
        }
        PageRequest request = PageRequest.parse(
                ctx.queryParam("limit"),
                ctx.queryParam("cursor"),
                queries.settings().maxPageSize());
        QueryOptions options = QueryOptions.from(ctx);
        Instant now = clock.instant();
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        ArrayNode stores = answer.putArray("stores");
        String next = request.after();
        // Reads directory pages until the limit is met, the directory ends, or a bounded number of pages is read
        // (then the answer has fewer stores than the limit, and a cursor to go on from).
        for (int pages = 0; pages < MAX_PAGES_PER_REQUEST && (pages == 0 || next != null); pages++) {
            Page page = queries.scan(UptimeApiStores.STATUS, new PageRequest(request.limit(), next), options);
            next = page.next();
            for (StoreEntry entry : page.entries()) {
                downNow(entry, now, options).ifPresent(stores::add);
                if (stores.size() == request.limit()) {
                    next = entry.key();
                    break;
                }
            }
            if (stores.size() == request.limit()) {
                break;
            }
        }
        answer.put("next_cursor", next);
        ctx.json(answer);
    }

    /** Only a store whose latest poll is inactive can be down: its owner is asked about those alone. */
    private Optional<ObjectNode> downNow(StoreEntry entry, Instant now, QueryOptions options) {
        JsonNode latestActive = entry.value().path("latest_active");
        if (!latestActive.isBoolean() || latestActive.booleanValue()) {
            return Optional.empty();
        }
        JsonNode state = downState(entry.key(), now, options);
        return state.path(DownState.DOWN).asBoolean()
                ? Optional.of(((ObjectNode) state.deepCopy()).without(DownState.DOWN))
                : Optional.empty();
    }

    private void downState(Context ctx) {
        String storeId = StoreIdField.of(ctx);
        ctx.json(downState(storeId, instant("at", ctx.queryParam("at")), QueryOptions.from(ctx)));
    }

    private JsonNode downState(String storeId, Instant now, QueryOptions options) {
        return queries.compute(
                UptimeApiStores.STATUS,
                storeId,
                options,
                stores -> down.at(stores, storeId, now),
                INTERNAL_DOWN.replace("{id}", UrlEncoding.encode(storeId)),
                Map.of("at", now.toString()));
    }

    private static Instant instant(String name, String text) {
        if (text == null) {
            throw ApiException.badRequest(name + ": is required");
        }
        try {
            return OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeException e) {
            throw ApiException.badRequest(
                    name + ": must be an ISO-8601 instant such as 2023-01-25T18:13:22Z or latest");
        }
    }

    private static boolean flag(String text) {
        if (text == null || text.equals("false")) {
            return false;
        }
        if (text.equals("true")) {
            return true;
        }
        throw ApiException.badRequest("unknown: must be true or false");
    }
}
