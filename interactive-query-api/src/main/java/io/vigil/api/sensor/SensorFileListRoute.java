package io.vigil.api.sensor;

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
import io.vigil.schema.sensor.SensorFileStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code GET /files?status=&limit=&after=}: sensor files newest first, from {@code sensor-files-recent} across all
 * instances, optionally only those of one status. With a filter one request reads at most {@value #MAX_EXAMINED}
 * entries; the cursor then lets the client go on from there.
 */
public final class SensorFileListRoute implements RouteGroup {

    static final int MAX_EXAMINED = 10_000;

    private final StoreQueries queries;

    public SensorFileListRoute(StoreQueries queries) {
        this.queries = queries;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get(SensorUploadRoutes.FILES, this::list, Scope.READ, Scope.ADMIN);
    }

    private void list(Context ctx) {
        String status = status(ctx.queryParam("status"));
        int maxPage = queries.settings().maxPageSize();
        PageRequest request = PageRequest.parse(ctx.queryParam("limit"), ctx.queryParam("after"), maxPage);
        QueryOptions options = QueryOptions.from(ctx);
        List<JsonNode> items = new ArrayList<>();
        String after = request.after();
        int examined = 0;
        while (true) {
            Page page = queries.scan(
                    SensorStores.RECENT, new PageRequest(status == null ? request.limit() : maxPage, after), options);
            List<StoreEntry> entries = page.entries();
            for (int i = 0; i < entries.size(); i++) {
                StoreEntry entry = entries.get(i);
                examined++;
                after = entry.key();
                if (status == null || status.equals(entry.value().path("status").asText())) {
                    items.add(entry.value());
                }
                if (items.size() == request.limit()) {
                    boolean last = i == entries.size() - 1 && page.next() == null;
                    ctx.json(new ItemPage(items, last ? null : after));
                    return;
                }
            }
            if (page.next() == null || examined >= MAX_EXAMINED) {
                ctx.json(new ItemPage(items, page.next() == null ? null : after));
                return;
            }
        }
    }

    private static String status(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        boolean known =
                Arrays.stream(SensorFileStatus.values()).anyMatch(s -> s.name().equals(text));
        if (!known) {
            throw ApiException.badRequest("status must be one of " + Arrays.toString(SensorFileStatus.values()));
        }
        return text;
    }
}
