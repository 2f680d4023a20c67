package io.vigil.api.registry;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vigil.api.RouteGroup;
import io.vigil.schema.registry.SchemaRegistry;
import io.vigil.schema.registry.SchemaRegistryException;
import io.vigil.schema.registry.SubjectVersion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The read side of the Confluent Schema Registry API, so that Confluent clients in any language (kcat, ksqlDB, the
 * npm and Python serializers) can decode Vigil's topics. Error bodies use the registry's own shape and codes, which
 * those clients parse.
 */
public final class SchemaRegistryRoutes implements RouteGroup {

    public static final String SCHEMA_BY_ID = "/schemas/ids/{id}";
    public static final String SUBJECTS = "/subjects";
    public static final String VERSIONS = "/subjects/{subject}/versions";
    public static final String VERSION = "/subjects/{subject}/versions/{version}";

    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    private final SchemaRegistry registry;

    /** @param registry the schemas to serve; in the embedded default, a {@code FingerprintSchemaRegistry} */
    public SchemaRegistryRoutes(SchemaRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get(SCHEMA_BY_ID, this::schemaById);
        routes.get(SUBJECTS, ctx -> respond(ctx, 200, registry.subjects()));
        routes.get(VERSIONS, this::versions);
        routes.get(VERSION, this::version);
    }

    private void schemaById(Context ctx) {
        Optional<Integer> id = number(ctx.pathParam("id"));
        if (id.isEmpty()) {
            error(ctx, 422, 42202, "Schema id must be a number");
            return;
        }
        try {
            respond(ctx, 200, Map.of("schema", registry.schemaById(id.get()).toString()));
        } catch (SchemaRegistryException e) {
            error(ctx, 404, 40403, "Schema not found");
        }
    }

    private void versions(Context ctx) {
        String subject = ctx.pathParam("subject");
        List<Integer> versions = registry.versions(subject);
        if (versions.isEmpty()) {
            error(ctx, 404, 40401, "Subject '" + subject + "' not found.");
            return;
        }
        respond(ctx, 200, versions);
    }

    private void version(Context ctx) {
        String subject = ctx.pathParam("subject");
        String requested = ctx.pathParam("version");
        if (registry.versions(subject).isEmpty()) {
            error(ctx, 404, 40401, "Subject '" + subject + "' not found.");
            return;
        }
        Optional<SubjectVersion> found;
        if (requested.equals("latest") || requested.equals("-1")) {
            found = registry.latest(subject);
        } else {
            Optional<Integer> number = number(requested);
            if (number.isEmpty()) {
                error(ctx, 422, 42202, "The specified version '" + requested + "' is not a valid version id");
                return;
            }
            found = registry.version(subject, number.get());
        }
        found.ifPresentOrElse(v -> respond(ctx, 200, body(v)), () -> error(ctx, 404, 40402, "Version not found."));
    }

    private static Map<String, Object> body(SubjectVersion version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subject", version.subject());
        body.put("version", version.version());
        body.put("id", version.id());
        body.put("schema", version.schema().toString());
        return body;
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void error(Context ctx, int status, int errorCode, String message) {
        respond(ctx, status, Map.of("error_code", errorCode, "message", message));
    }

    private static void respond(Context ctx, int status, Object body) {
        ctx.status(status).json(body).contentType(CONTENT_TYPE);
    }
}
