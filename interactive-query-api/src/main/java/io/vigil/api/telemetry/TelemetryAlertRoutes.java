package io.vigil.api.telemetry;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vigil.api.RouteGroup;
import io.vigil.api.auth.ProjectKeys;
import io.vigil.api.auth.Scope;
import io.vigil.api.query.KeyRange;
import io.vigil.api.query.Page;
import io.vigil.api.query.PageRequest;
import io.vigil.api.query.QueryOptions;
import io.vigil.api.query.StoreHandlers.ItemPage;
import io.vigil.api.query.StoreQueries;
import io.vigil.api.tenancy.TenancyStores;
import io.vigil.api.tenancy.TenantAccess;
import io.vigil.topology.telemetry.TelemetryKeys;

/**
 * Stored telemetry alerts: {@code GET /devices/{device_id}/alerts} (the device's, newest first) and
 * {@code GET /projects/{project_id}/alerts} (every device's, device by device, each newest first), a page at a time
 * ({@code limit}, {@code after}). {@code vigil.telemetry.alerts} holds every alert for consumers.
 */
public final class TelemetryAlertRoutes implements RouteGroup {

    private final StoreQueries queries;
    private final TenantAccess access;

    public TelemetryAlertRoutes(StoreQueries queries, TenantAccess access) {
        this.queries = queries;
        this.access = access;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/devices/{device_id}/alerts", this::ofDevice, ProjectKeys.WELCOME, Scope.READ);
        routes.get("/projects/{project_id}/alerts", this::ofProject, ProjectKeys.WELCOME, Scope.READ);
    }

    private void ofDevice(Context ctx) {
        String deviceId = ctx.pathParam("device_id");
        String projectId = access.projectOf(ctx, TenancyStores.DEVICES, deviceId, "device");
        String deviceKey = TelemetryKeys.scoped(projectId, deviceId);
        Page page = queries.range(
                TelemetryStores.ALERTS,
                deviceKey,
                KeyRange.prefix(TelemetryKeys.entriesOf(deviceKey)),
                pageRequest(ctx),
                QueryOptions.from(ctx));
        ctx.json(items(page));
    }

    private void ofProject(Context ctx) {
        String projectId = access.project(ctx, ctx.pathParam("project_id")).getProjectId();
        Page page = queries.scan(
                TelemetryStores.ALERTS,
                KeyRange.prefix(TelemetryKeys.projectPrefix(projectId)),
                pageRequest(ctx),
                QueryOptions.from(ctx));
        ctx.json(items(page));
    }

    private PageRequest pageRequest(Context ctx) {
        return PageRequest.parse(
                ctx.queryParam("limit"),
                ctx.queryParam("after"),
                queries.settings().maxPageSize());
    }

    private static ItemPage items(Page page) {
        return new ItemPage(page.entries().stream().map(entry -> entry.value()).toList(), page.next());
    }
}
