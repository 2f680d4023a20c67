package io.vigil.api.tenancy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vigil.api.RouteGroup;
import io.vigil.api.auth.AdminKeyAuthenticator;
import io.vigil.api.auth.ProjectKeys;
import io.vigil.api.auth.Scope;
import io.vigil.api.error.ApiException;
import io.vigil.api.json.FieldErrors;
import io.vigil.api.json.JsonFields;
import io.vigil.api.write.TopicWriter;
import io.vigil.schema.tenancy.KeyScope;
import io.vigil.schema.tenancy.Project;
import io.vigil.schema.tenancy.ProjectApiKey;
import io.vigil.topology.delivery.expectation.FieldError;
import io.vigil.topology.telemetry.TelemetryNames;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A project's API keys: {@code POST /projects/{project_id}/api-keys} issues one ({@code prefix.secret}, shown in this
 * answer only; Kafka holds the SHA-256 of the secret), {@code GET} lists them without secrets, {@code DELETE
 * /projects/{project_id}/api-keys/{prefix}} revokes one. Issuing and revoking take the admin key or an admin key of
 * the project.
 */
public final class ApiKeyRoutes implements RouteGroup {

    private static final int SECRET_BYTES = 32;
    private static final int PREFIX_BYTES = 9;
    private static final Base64.Encoder TEXT = Base64.getUrlEncoder().withoutPadding();

    private final TenantDirectory directory;
    private final TenantAccess access;
    private final TopicWriter writer;
    private final Serializer<ProjectApiKey> keys;
    private final ObjectMapper json;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ApiKeyRoutes(
            TenantDirectory directory,
            TopicWriter writer,
            Serializer<ProjectApiKey> keys,
            ObjectMapper json,
            Clock clock) {
        this.directory = directory;
        this.access = new TenantAccess(directory);
        this.writer = writer;
        this.keys = keys;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/projects/{project_id}/api-keys", this::issue, ProjectKeys.WELCOME, Scope.ADMIN);
        routes.get("/projects/{project_id}/api-keys", this::list, ProjectKeys.WELCOME, Scope.ADMIN);
        routes.delete("/projects/{project_id}/api-keys/{prefix}", this::revoke, ProjectKeys.WELCOME, Scope.ADMIN);
    }

    private void issue(Context ctx) {
        Project project = access.project(ctx, ctx.pathParam("project_id"));
        access.requireProjectAdmin(ctx, project.getProjectId());
        List<FieldError> errors = new ArrayList<>();
        JsonFields fields = Bodies.fields(ctx, json, Set.of("name", "scopes"), errors);
        String name = TenancyFields.optional(fields, "name", TenancyFields.MAX_NAME);
        List<KeyScope> scopes = scopes(fields);
        FieldErrors.requireNone(errors, 422);

        String prefix = "vk_" + TEXT.encodeToString(randomBytes(PREFIX_BYTES));
        String secret = TEXT.encodeToString(randomBytes(SECRET_BYTES));
        ProjectApiKey key = ProjectApiKey.newBuilder()
                .setPrefix(prefix)
                .setProjectId(project.getProjectId())
                .setOrgId(project.getOrgId())
                .setName(name)
                .setSecretSha256(ByteBuffer.wrap(AdminKeyAuthenticator.sha256(secret)))
                .setScopes(scopes)
                .setCreatedAt(clock.instant())
                .build();
        writer.write(TelemetryNames.API_KEYS_TOPIC, prefix, key, keys);
        ObjectNode body = TenancyJson.of(key);
        body.put("key", prefix + "." + secret);
        Created.answer(ctx, () -> directory.get(TenancyStores.API_KEYS, prefix), stored -> true, body, 201);
    }

    private void list(Context ctx) {
        String projectId = access.project(ctx, ctx.pathParam("project_id")).getProjectId();
        access.requireProjectAdmin(ctx, projectId);
        List<ObjectNode> items =
                directory.all(TenancyStores.API_KEYS, key -> key.getProjectId().equals(projectId)).stream()
                        .sorted(Comparator.comparing(ProjectApiKey::getCreatedAt))
                        .map(TenancyJson::of)
                        .toList();
        ctx.json(Map.of("items", items));
    }

    private void revoke(Context ctx) {
        String projectId = access.project(ctx, ctx.pathParam("project_id")).getProjectId();
        access.requireProjectAdmin(ctx, projectId);
        String prefix = ctx.pathParam("prefix");
        ProjectApiKey stored = directory
                .get(TenancyStores.API_KEYS, prefix)
                .filter(key -> key.getProjectId().equals(projectId))
                .orElseThrow(() -> ApiException.notFound("No API key " + prefix + " in project " + projectId));
        if (stored.getRevokedAt() != null) {
            ctx.json(TenancyJson.of(stored));
            return;
        }
        ProjectApiKey revoked =
                ProjectApiKey.newBuilder(stored).setRevokedAt(clock.instant()).build();
        writer.write(TelemetryNames.API_KEYS_TOPIC, prefix, revoked, keys);
        Created.answer(
                ctx,
                () -> directory.get(TenancyStores.API_KEYS, prefix),
                key -> key.getRevokedAt() != null,
                TenancyJson.of(revoked),
                200);
    }

    private static List<KeyScope> scopes(JsonFields fields) {
        List<String> names = fields.texts("scopes");
        if (names == null) {
            if (!fields.isPresent("scopes")) {
                return List.of(KeyScope.ingest, KeyScope.read);
            }
            return List.of();
        }
        Set<KeyScope> scopes = new LinkedHashSet<>();
        for (String name : names) {
            try {
                scopes.add(KeyScope.valueOf(name == null ? "" : name.toLowerCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                fields.error("scopes", "must list only ingest, read and admin");
            }
        }
        if (scopes.isEmpty()) {
            fields.error("scopes", "must name at least one of ingest, read and admin");
        }
        return List.copyOf(scopes);
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
