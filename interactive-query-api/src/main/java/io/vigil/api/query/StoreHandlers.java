package io.vigil.api.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Handler;
import java.util.List;

/**
 * Ready-made handlers for the two public shapes of a store: one value by key, and a paged list of values. Route
 * groups of every domain use them so that all stores answer alike.
 */
public final class StoreHandlers {

    private final StoreQueries queries;

    /** @param queries the query component the handlers read through */
    public StoreHandlers(StoreQueries queries) {
        this.queries = queries;
    }

    /** {@code GET .../{keyParam}}: the value as JSON; 404 when absent. Honours {@code ?stale=true}. */
    public <K, V> Handler value(QueryableStore<K, V> store, String keyParam) {
        return ctx -> {
            K key = store.keys().decode(ctx.pathParam(keyParam));
            QueryOptions options = QueryOptions.from(ctx);
            StoreValue value = queries.get(store, key, options);
            QueryHeaders.writeLag(ctx, value, options.stale());
            ctx.json(value.value());
        };
    }

    /** {@code GET ...?limit=&after=}: {@code {"items": [...], "next": cursor-or-null}} in key order. */
    public <K, V> Handler list(QueryableStore<K, V> store) {
        return ctx -> {
            PageRequest request = PageRequest.parse(
                    ctx.queryParam("limit"),
                    ctx.queryParam("after"),
                    queries.settings().maxPageSize());
            Page page = queries.scan(store, request, QueryOptions.from(ctx));
            List<JsonNode> items =
                    page.entries().stream().map(StoreEntry::value).toList();
            ctx.json(new ItemPage(items, page.next()));
        };
    }

    /**
     * A page of values as clients see it.
     *
     * @param items the values, in key order
     * @param next  the {@code after} cursor for the next page, or null on the last page
     */
    public record ItemPage(List<JsonNode> items, String next) {}
}
