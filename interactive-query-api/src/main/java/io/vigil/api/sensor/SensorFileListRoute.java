package io.vigil.api.sensor;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vigil.api.RouteGroup;
import io.vigil.api.auth.Scope;
import io.vigil.api.error.ApiException;
import io.vigil.api.query.PageRequest;
import io.vigil.api.query.QueryOptions;
import io.vigil.schema.sensor.SensorFileStatus;
import java.util.Arrays;

/**
 * {@code GET /files?status=&limit=&after=}: sensor files newest first, from {@code sensor-files-recent} across all
 * instances, optionally only those of one status (see {@link SensorFileQueries#recent}).
 */
public final class SensorFileListRoute implements RouteGroup {

    private final SensorFileQueries files;

    public SensorFileListRoute(SensorFileQueries files) {
        this.files = files;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get(SensorUploadRoutes.FILES, this::list, Scope.READ, Scope.ADMIN);
    }

    private void list(Context ctx) {
        String status = status(ctx.queryParam("status"));
        PageRequest request = PageRequest.parse(ctx.queryParam("limit"), ctx.queryParam("after"), files.maxPageSize());
        ctx.json(files.recent(status, request, QueryOptions.from(ctx)));
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
