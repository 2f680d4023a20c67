package io.vigil.api.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vigil.api.RouteGroup;
import io.vigil.api.auth.Scope;
import io.vigil.api.error.ApiException;
import io.vigil.api.query.Page;
import io.vigil.api.query.PageRequest;
import io.vigil.api.query.QueryOptions;
import io.vigil.api.query.StoreEntry;
import io.vigil.api.query.StoreHandlers.ItemPage;
import io.vigil.api.query.StoreQueries;
import io.vigil.schema.delivery.StreamStatus;
import io.vigil.topology.delivery.StreamLedger;
import io.vigil.topology.delivery.expectation.StreamKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where every stream stands: {@code GET /state} (filter by {@code client} and {@code status}, paged in key order),
 * {@code GET /state/{client}/{stream}}, and {@code GET /alerts/{client}/{stream}}, its latest 100 alerts, newest first.
 */
public final class StreamStateRoutes implements RouteGroup {

    /** Store pages read to fill one filtered page before answering with a cursor to continue from. */
    static final int MAX_PAGES_PER_REQUEST = 20;

    private final StoreQueries queries;

    public StreamStateRoutes(StoreQueries queries) {
        this.queries = queries;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/state", this::list, Scope.READ);
        routes.get("/state/{client}/{stream}", this::one, Scope.READ);
        routes.get("/alerts/{client}/{stream}", this::alerts, Scope.READ);
    }

    private void one(Context ctx) {
        StreamPath path = StreamPath.of(ctx);
        ctx.json(StreamStateView.of(queries.get(DeliveryStores.STATES, path.key(), QueryOptions.from(ctx))
                .value()));
    }

    /**
     * The stream's alert-log entries are the keys right after {@code clientId/streamId|} (no other stream's key falls
     * between, as {@code |} sorts after every character of an id), and there are at most a page of them.
     */
    private void alerts(Context ctx) {
        StreamPath path = StreamPath.of(ctx);
        String first = StreamLedger.alertLogKey(path.key(), 0);
        String end = StreamLedger.alertLogEnd(path.key());
        Page page = queries.scan(
                DeliveryStores.ALERT_LOG,
                new PageRequest(StreamLedger.ALERT_LOG_SIZE, path.key() + "|"),
                QueryOptions.from(ctx));
        List<JsonNode> newestFirst = new ArrayList<>();
        for (StoreEntry entry : page.entries()) {
            if (entry.key().compareTo(first) < 0 || entry.key().compareTo(end) >= 0) {
                break;
            }
            newestFirst.add(0, ExpectationRoutes.withoutNulls(entry.value()));
        }
        ctx.json(new ItemPage(newestFirst, null));
    }

    /**
     * Reads store pages until {@code limit} streams match or the store ends; a client filter starts at the client's
     * first key and stops after its last, since keys are {@code clientId/streamId}.
     */
    private void list(Context ctx) {
        String client = ctx.queryParam("client");
        if (client != null && !StreamKeys.isValidId(client)) {
            throw ApiException.badRequest("client must be 1-128 of A-Z a-z 0-9 . _ -");
        }
        String status = ctx.queryParam("status");
        if (status != null
                && Arrays.stream(StreamStatus.values()).noneMatch(s -> s.name().equals(status))) {
            throw ApiException.badRequest("status must be one of " + Arrays.toString(StreamStatus.values()));
        }
        PageRequest asked = PageRequest.parse(
                ctx.queryParam("limit"),
                ctx.queryParam("after"),
                queries.settings().maxPageSize());
        String prefix = client == null ? null : client + "/";
        String after = asked.after() == null && prefix != null ? prefix : asked.after();
        List<JsonNode> items = new ArrayList<>();
        String next = after;
        for (int pages = 0; pages < MAX_PAGES_PER_REQUEST && items.size() < asked.limit(); pages++) {
            Page page =
                    queries.scan(DeliveryStores.STATES, new PageRequest(asked.limit(), next), QueryOptions.from(ctx));
            next = page.next();
            for (StoreEntry entry : page.entries()) {
                if (prefix != null && !entry.key().startsWith(prefix)) {
                    next = null;
                    break;
                }
                if (status == null || status.equals(StreamStateView.status(entry.value()))) {
                    items.add(StreamStateView.of(entry.value()));
                    if (items.size() == asked.limit()) {
                        next = entry.key();
                        break;
                    }
                }
            }
            if (next == null) {
                break;
            }
        }
        ctx.json(new ItemPage(items, next));
    }
}
