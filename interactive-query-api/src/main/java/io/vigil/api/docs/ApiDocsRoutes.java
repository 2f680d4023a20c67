package io.vigil.api.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vigil.api.RouteGroup;
import io.vigil.api.error.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The API's own description: the OpenAPI document ({@code /openapi.yaml}, and {@code /openapi.json} for tools that
 * only read JSON) and Swagger UI at {@code /docs}, served from the {@code org.webjars:swagger-ui} jar. Only a fixed
 * list of Swagger UI files is served, so no request path reaches the class path.
 */
public final class ApiDocsRoutes implements RouteGroup {

    public static final String OPENAPI_YAML = "/openapi.yaml";
    public static final String OPENAPI_JSON = "/openapi.json";
    public static final String DOCS = "/docs";
    public static final String DOCS_ASSET = "/docs/{asset}";

    /** Where the OpenAPI document lives on the class path. */
    public static final String OPENAPI_RESOURCE = "/io/vigil/api/docs/openapi.yaml";

    private static final String OWN_RESOURCES = "/io/vigil/api/docs/";
    private static final String INITIALIZER = "swagger-initializer.js";
    private static final Set<String> SWAGGER_FILES = Set.of(
            "swagger-ui.css",
            "index.css",
            "swagger-ui-bundle.js",
            "swagger-ui-standalone-preset.js",
            "favicon-16x16.png",
            "favicon-32x32.png");
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "png", "image/png",
            "html", "text/html; charset=utf-8");

    private final String yaml;
    private final String json;
    private final String swaggerRoot;

    /** Loads the document once; fails fast if it or Swagger UI is missing from the class path. */
    public ApiDocsRoutes(ObjectMapper jsonMapper) {
        this.yaml = new String(read(OPENAPI_RESOURCE), StandardCharsets.UTF_8);
        try {
            JsonNode document = new YAMLMapper().readTree(yaml);
            this.json = jsonMapper.writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException("The OpenAPI document " + OPENAPI_RESOURCE + " is not valid YAML", e);
        }
        this.swaggerRoot = "/META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion() + "/";
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get(OPENAPI_YAML, ctx -> ctx.contentType("application/yaml; charset=utf-8")
                .result(yaml));
        routes.get(OPENAPI_JSON, ctx -> ctx.contentType("application/json").result(json));
        routes.get(DOCS, ctx -> serve(ctx, OWN_RESOURCES + "index.html"));
        routes.get(DOCS_ASSET, this::asset);
    }

    private void asset(Context ctx) {
        String name = ctx.pathParam("asset");
        if (INITIALIZER.equals(name)) {
            serve(ctx, OWN_RESOURCES + INITIALIZER);
        } else if (SWAGGER_FILES.contains(name)) {
            serve(ctx, swaggerRoot + name);
        } else {
            throw ApiException.notFound("No such documentation file: " + name);
        }
    }

    private static void serve(Context ctx, String resource) {
        String extension = resource.substring(resource.lastIndexOf('.') + 1);
        ctx.header("Cache-Control", "public, max-age=3600")
                .contentType(CONTENT_TYPES.get(extension))
                .result(read(resource));
    }

    private static byte[] read(String resource) {
        try (InputStream in = ApiDocsRoutes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing class-path resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read class-path resource " + resource, e);
        }
    }

    private static String swaggerUiVersion() {
        Properties properties = new Properties();
        try (InputStream in =
                ApiDocsRoutes.class.getResourceAsStream("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("org.webjars:swagger-ui is missing from the class path");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Swagger UI version", e);
        }
        return properties.getProperty("version");
    }
}
