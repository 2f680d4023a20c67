package io.vigil.api.uptime;

import io.javalin.http.Context;
import io.vigil.api.error.ApiException;
import io.vigil.api.json.JsonFields;
import io.vigil.topology.uptime.StoreIds;
import java.util.Optional;

/** A store id, in the path or in a batch item's {@code store_id}, checked with the one store id rule. */
public final class StoreIdField {

    static final String NAME = "store_id";

    private StoreIdField() {}

    /** @throws ApiException 400 when the path's {@code {id}} is no store id */
    static String of(Context ctx) {
        return of(ctx, "id");
    }

    /** @throws ApiException 400 when the path parameter is no store id */
    public static String of(Context ctx, String pathParam) {
        String id = ctx.pathParam(pathParam);
        StoreIds.problem(id).ifPresent(problem -> {
            throw ApiException.badRequest(problem);
        });
        return id;
    }

    /** The item's {@code store_id}, or null with the problem recorded. */
    static String read(JsonFields item) {
        String id = BatchLimits.required(item, NAME);
        if (id == null) {
            return null;
        }
        Optional<String> problem = StoreIds.problem(id);
        problem.ifPresent(reason -> item.error(NAME, reason));
        return problem.isPresent() ? null : id;
    }
}
