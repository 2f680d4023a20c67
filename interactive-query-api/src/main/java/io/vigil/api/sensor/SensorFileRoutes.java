package io.vigil.api.sensor;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vigil.api.RouteGroup;
import io.vigil.api.auth.Scope;
import io.vigil.api.error.ApiException;
import io.vigil.api.query.PageRequest;
import io.vigil.api.query.QueryOptions;
import io.vigil.schema.sensor.SensorFileIds;

/**
 * One sensor file: {@code GET /files/{id}} (status, aggregates, per-sensor counts, first errors),
 * {@code GET /files/{id}/sensors} (count, min, max and mean per sensor, paged by sensor id) and
 * {@code GET /files/{id}/series} (chart data). The list of files is {@link SensorFileListRoute}.
 */
public final class SensorFileRoutes implements RouteGroup {

    private final SensorFileQueries files;

    public SensorFileRoutes(SensorFileQueries files) {
        this.files = files;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/files/{id}", this::file, Scope.READ, Scope.ADMIN);
        routes.get("/files/{id}/sensors", this::sensors, Scope.READ, Scope.ADMIN);
        routes.get("/files/{id}/series", this::series, Scope.READ, Scope.ADMIN);
    }

    private void file(Context ctx) {
        ctx.json(files.document(fileId(ctx), QueryOptions.from(ctx)));
    }

    private void sensors(Context ctx) {
        String fileId = fileId(ctx);
        PageRequest request = PageRequest.parse(ctx.queryParam("limit"), null, files.maxPageSize());
        ctx.json(files.sensors(fileId, request.limit(), ctx.queryParam("after"), QueryOptions.from(ctx)));
    }

    private void series(Context ctx) {
        ctx.json(files.series(fileId(ctx), QueryOptions.from(ctx)));
    }

    private static String fileId(Context ctx) {
        String id = ctx.pathParam("id");
        if (!SensorFileIds.isWellFormed(id)) {
            throw ApiException.badRequest("A file id is 32 lowercase hex digits");
        }
        return id;
    }
}
