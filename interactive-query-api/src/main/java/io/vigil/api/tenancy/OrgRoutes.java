package io.vigil.api.tenancy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vigil.api.RouteGroup;
import io.vigil.api.auth.ProjectKeys;
import io.vigil.api.auth.Scope;
import io.vigil.api.error.ApiException;
import io.vigil.api.json.FieldErrors;
import io.vigil.api.json.JsonFields;
import io.vigil.api.write.TopicWriter;
import io.vigil.schema.tenancy.Org;
import io.vigil.schema.tenancy.Project;
import io.vigil.topology.delivery.expectation.FieldError;
import io.vigil.topology.telemetry.TelemetryNames;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Orgs and their projects: {@code POST /orgs}, {@code GET /orgs/{org_id}}, {@code POST /orgs/{org_id}/projects} with
 * the admin key, and {@code GET /projects/{project_id}} for the project's own keys too. A create answers 201 with the
 * entity once this instance can read it back.
 */
public final class OrgRoutes implements RouteGroup {

    private final TenantDirectory directory;
    private final TenantAccess access;
    private final TopicWriter writer;
    private final Serializer<Org> orgs;
    private final Serializer<Project> projects;
    private final ObjectMapper json;
    private final Clock clock;

    public OrgRoutes(
            TenantDirectory directory,
            TopicWriter writer,
            Serializer<Org> orgs,
            Serializer<Project> projects,
            ObjectMapper json,
            Clock clock) {
        this.directory = directory;
        this.access = new TenantAccess(directory);
        this.writer = writer;
        this.orgs = orgs;
        this.projects = projects;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/orgs", this::createOrg, Scope.ADMIN);
        routes.get("/orgs/{org_id}", this::getOrg, Scope.ADMIN);
        routes.post("/orgs/{org_id}/projects", this::createProject, Scope.ADMIN);
        routes.get("/projects/{project_id}", this::getProject, ProjectKeys.WELCOME, Scope.READ);
    }

    private void createOrg(Context ctx) {
        String name = name(ctx);
        Org org = Org.newBuilder()
                .setOrgId(UUID.randomUUID().toString())
                .setName(name)
                .setCreatedAt(clock.instant())
                .build();
        writer.write(TelemetryNames.ORGS_TOPIC, org.getOrgId(), org, orgs);
        Created.answer(ctx, org, () -> directory.get(TenancyStores.ORGS, org.getOrgId()));
    }

    private void getOrg(Context ctx) {
        String orgId = ctx.pathParam("org_id");
        Org org = directory.get(TenancyStores.ORGS, orgId).orElseThrow(() -> ApiException.notFound("No org " + orgId));
        ctx.json(TenancyJson.of(org));
    }

    private void createProject(Context ctx) {
        String orgId = ctx.pathParam("org_id");
        String name = name(ctx);
        directory.get(TenancyStores.ORGS, orgId).orElseThrow(() -> ApiException.notFound("No org " + orgId));
        Project project = Project.newBuilder()
                .setProjectId(UUID.randomUUID().toString())
                .setOrgId(orgId)
                .setName(name)
                .setCreatedAt(clock.instant())
                .build();
        writer.write(TelemetryNames.PROJECTS_TOPIC, project.getProjectId(), project, projects);
        Created.answer(ctx, project, () -> directory.get(TenancyStores.PROJECTS, project.getProjectId()));
    }

    private void getProject(Context ctx) {
        ctx.json(TenancyJson.of(access.project(ctx, ctx.pathParam("project_id"))));
    }

    private String name(Context ctx) {
        List<FieldError> errors = new ArrayList<>();
        JsonFields fields = Bodies.fields(ctx, json, Set.of("name"), errors);
        String name = TenancyFields.required(fields, "name", TenancyFields.MAX_NAME);
        FieldErrors.requireNone(errors, 422);
        return name;
    }
}
