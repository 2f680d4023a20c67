package io.vigil.api.tenancy;

import io.javalin.http.Context;
import io.vigil.api.auth.ApiPrincipal;
import io.vigil.api.auth.AuthFilter;
import io.vigil.api.auth.Scope;
import io.vigil.api.error.ApiException;
import io.vigil.api.query.QueryableStore;
import io.vigil.schema.tenancy.Project;

/**
 * Decides which project a request may reach. A project's key reaches its own project only: another project's ids,
 * and ids of entities that belong to another project, answer 404 exactly as ids that do not exist, so a key learns
 * nothing about other tenants. The admin key reaches every project.
 */
public final class TenantAccess {

    private final TenantDirectory directory;

    public TenantAccess(TenantDirectory directory) {
        this.directory = directory;
    }

    /**
     * The project {@code projectId} when the caller may reach it.
     *
     * @throws ApiException 404 when it does not exist or belongs to another tenant
     */
    public Project project(Context ctx, String projectId) {
        ApiPrincipal principal = principal(ctx);
        if (principal.tenant().isPresent() && !principal.tenant().get().equals(projectId)) {
            throw noProject(projectId);
        }
        return directory.get(TenancyStores.PROJECTS, projectId).orElseThrow(() -> noProject(projectId));
    }

    /**
     * The project of the entity {@code entityId} (a device, rule or webhook) when the caller may reach it.
     *
     * @param kind what the entity is, for the 404 message
     * @throws ApiException 404 when it does not exist or belongs to another tenant
     */
    public String projectOf(Context ctx, QueryableStore<String, ?> store, String entityId, String kind) {
        ApiPrincipal principal = principal(ctx);
        ApiException missing = ApiException.notFound("No " + kind + " " + entityId);
        if (principal.tenant().isPresent()) {
            String own = principal.tenant().get();
            directory.get(store, own, entityId).orElseThrow(() -> missing);
            return own;
        }
        return directory.projectHolding(store, entityId).orElseThrow(() -> missing);
    }

    /**
     * @throws ApiException 403 unless the caller is the admin key or an admin key of {@code projectId}
     */
    public void requireProjectAdmin(Context ctx, String projectId) {
        ApiPrincipal principal = principal(ctx);
        boolean ownAdmin = principal.tenant().map(projectId::equals).orElse(true)
                && principal.scopes().contains(Scope.ADMIN);
        if (!ownAdmin) {
            throw ApiException.forbidden("This needs an admin key of the project");
        }
    }

    private static ApiPrincipal principal(Context ctx) {
        return AuthFilter.principal(ctx).orElseThrow(() -> ApiException.unauthorized("An API key is required"));
    }

    private static ApiException noProject(String projectId) {
        return ApiException.notFound("No project " + projectId);
    }
}
