package io.vigil.api.query;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vigil.api.RouteGroup;
import io.vigil.api.auth.Scope;
import io.vigil.api.error.ApiException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The routes other instances forward queries to. They answer from this instance's copies only and never forward
 * again, so a forwarded request cannot loop; when ownership has moved they answer 503 and the sender retries.
 */
public final class InternalStoreRoutes implements RouteGroup {

    public static final String VALUE = "/internal/stores/{store}/value";
    public static final String ENTRIES = "/internal/stores/{store}/entries";

    static final String PARTITIONS_PARAM = "partitions";
    static final String FROM_PARAM = "from";
    static final String TO_PARAM = "to";

    private static final String PREFIX = "/internal/stores/";
    private static final int MAX_PARTITIONS = 10_000;

    private final StoreQueries queries;
    private final Map<String, QueryableStore<?, ?>> stores;

    /**
     * @param queries the query component of this instance
     * @param stores  every store that public routes query, so that other instances can ask this one for them
     */
    public InternalStoreRoutes(StoreQueries queries, List<QueryableStore<?, ?>> stores) {
        this.queries = queries;
        this.stores = stores.stream().collect(Collectors.toUnmodifiableMap(QueryableStore::name, Function.identity()));
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get(VALUE, ctx -> value(ctx, store(ctx)), Scope.READ);
        routes.get(ENTRIES, ctx -> entries(ctx, store(ctx)), Scope.READ);
    }

    static String valuePath(String storeName) {
        return PREFIX + RemoteStores.encode(storeName) + "/value";
    }

    static String entriesPath(String storeName) {
        return PREFIX + RemoteStores.encode(storeName) + "/entries";
    }

    private QueryableStore<?, ?> store(Context ctx) {
        QueryableStore<?, ?> store = stores.get(ctx.pathParam("store"));
        if (store == null) {
            throw ApiException.notFound("No queryable store named " + ctx.pathParam("store"));
        }
        return store;
    }

    private <K, V> void value(Context ctx, QueryableStore<K, V> store) {
        String text = ctx.queryParam("key");
        if (text == null) {
            throw ApiException.badRequest("The key query parameter is required");
        }
        boolean stale = QueryOptions.staleParam(ctx);
        StoreValue value = queries.getLocal(store, store.keys().decode(text), stale);
        QueryHeaders.writeLag(ctx, value, stale);
        ctx.json(Map.of("value", value.value()));
    }

    private <K, V> void entries(Context ctx, QueryableStore<K, V> store) {
        PageRequest page = PageRequest.parse(
                ctx.queryParam("limit"),
                ctx.queryParam("after"),
                queries.settings().maxPageSize());
        Set<Integer> partitions = partitions(ctx.queryParam(PARTITIONS_PARAM));
        KeyRange<K> range =
                new KeyRange<>(bound(store, ctx.queryParam(FROM_PARAM)), bound(store, ctx.queryParam(TO_PARAM)));
        ctx.json(queries.scanLocal(store, range, page, QueryOptions.staleParam(ctx), partitions));
    }

    private static <K> K bound(QueryableStore<K, ?> store, String text) {
        return text == null ? null : store.keys().decode(text);
    }

    static Set<Integer> partitions(String text) {
        if (text == null || text.isEmpty()) {
            throw ApiException.badRequest("The partitions query parameter is required");
        }
        String[] items = text.split(",", MAX_PARTITIONS + 1);
        if (items.length > MAX_PARTITIONS) {
            throw ApiException.badRequest("Too many partitions");
        }
        Set<Integer> partitions = new TreeSet<>();
        for (String item : items) {
            try {
                int partition = Integer.parseInt(item);
                if (partition < 0) {
                    throw ApiException.badRequest("Partitions must not be negative");
                }
                partitions.add(partition);
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("Partitions must be comma-separated numbers");
            }
        }
        return partitions;
    }
}
