package io.vigil.api.buckets;

import io.javalin.config.RoutesConfig;
import io.vigil.api.RouteGroup;
import io.vigil.api.auth.Scope;
import io.vigil.api.query.QueryableStore;
import io.vigil.api.query.StoreHandlers;
import io.vigil.api.query.StoreQueries;
import io.vigil.schema.s3.BucketActivity;
import io.vigil.topology.ingress.IngressNames;

/**
 * What Vigil has seen arriving per bucket, from the ingress store: {@code GET /buckets} (paged, in bucket-name order)
 * and {@code GET /buckets/{bucket}}.
 */
public final class BucketRoutes implements RouteGroup {

    /** The ingress store: bucket name to {@link BucketActivity}. */
    public static final QueryableStore<String, BucketActivity> STORE =
            QueryableStore.avro(IngressNames.BUCKET_ACTIVITY_STORE);

    private final StoreHandlers handlers;

    /** @param queries the query component of this instance */
    public BucketRoutes(StoreQueries queries) {
        this.handlers = new StoreHandlers(queries);
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/buckets", handlers.list(STORE), Scope.READ);
        routes.get("/buckets/{bucket}", handlers.value(STORE, "bucket"), Scope.READ);
    }
}
