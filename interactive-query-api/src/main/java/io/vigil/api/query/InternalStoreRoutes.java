package io.vigil.api.query;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vigil.api.RouteGroup;
import io.vigil.api.auth.ApiPrincipal;
import io.vigil.api.auth.AuthFilter;
import io.vigil.api.auth.ProjectKeys;
import io.vigil.api.auth.Scope;
import io.vigil.api.error.ApiException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final Set<String> tenantStores;

    /**
     * @param queries      the query component of this instance
     * @param stores       every store that public routes query, so that other instances can ask this one for them
     * @param tenantStores the names of those whose keys start {@code projectId/}: a project's key, forwarded with a
     *                     query of its own routes, may read the keys of its own project in them and nothing else
     */
    public InternalStoreRoutes(StoreQueries queries, List<QueryableStore<?, ?>> stores, Set<String> tenantStores) {
        this.queries = queries;
        this.stores = stores.stream().collect(Collectors.toUnmodifiableMap(QueryableStore::name, Function.identity()));
        this.tenantStores = Set.copyOf(tenantStores);
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get(VALUE, ctx -> value(ctx, store(ctx)), ProjectKeys.WELCOME, Scope.READ);
        routes.get(ENTRIES, ctx -> entries(ctx, store(ctx)), ProjectKeys.WELCOME, Scope.READ);
    }

    /** @throws ApiException 404 unless the caller's tenant (if it has one) owns every key in {@code from..to} */
    private void requireOwnKeys(Context ctx, QueryableStore<?, ?> store, String from, String to) {
        Optional<String> tenant = AuthFilter.principal(ctx).flatMap(ApiPrincipal::tenant);
        if (tenant.isEmpty()) {
            return;
        }
        KeyRange<String> own = KeyRange.prefix(tenant.get() + "/");
        boolean allowed = tenantStores.contains(store.name())
                && from != null
                && to != null
                && from.compareTo(own.from()) >= 0
                && to.compareTo(own.to()) <= 0;
        if (!allowed) {
            throw ApiException.notFound("No queryable store named " + store.name());
        }
    }

    static String valuePath(String storeName) {
        return PREFIX + UrlEncoding.encode(storeName) + "/value";
    }

    static String entriesPath(String storeName) {
        return PREFIX + UrlEncoding.encode(storeName) + "/entries";
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
        requireOwnKeys(ctx, store, text, text + "\0");
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
        requireOwnKeys(ctx, store, ctx.queryParam(FROM_PARAM), ctx.queryParam(TO_PARAM));
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
