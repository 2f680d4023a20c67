package io.vigil.schema.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * A client of the Confluent Schema Registry REST API (Confluent, Apicurio's {@code /apis/ccompat/v7}, Karapace,
 * Redpanda). Ids and schemas never change once assigned, so both directions are cached for the life of the process.
 */
public final class ConfluentRestSchemaRegistry implements SchemaRegistry {

    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    private final URI baseUrl;
    private final Optional<String> authorization;
    private final HttpClient http;
    private final Duration timeout;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();
    private final Map<String, Integer> idsBySubjectAndSchema = new ConcurrentHashMap<>();

    /**
     * @param baseUrl the registry's base URL, which may carry a path
     * @param basicAuthUserInfo {@code user:password}, if the registry needs it
     * @param http the process's shared HTTP client
     */
    public ConfluentRestSchemaRegistry(
            URI baseUrl, Optional<String> basicAuthUserInfo, HttpClient http, Duration timeout) {
        String base = baseUrl.toString();
        this.baseUrl = URI.create(base.endsWith("/") ? base : base + "/");
        this.authorization = basicAuthUserInfo.map(
                userInfo -> "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8)));
        this.http = http;
        this.timeout = timeout;
    }

    @Override
    public int register(String subject, Schema schema) {
        return idsBySubjectAndSchema.computeIfAbsent(subject + "\u0000" + schema, key -> {
            String body =
                    json.createObjectNode().put("schema", schema.toString()).toString();
            int id = send("POST", "subjects/" + encode(subject) + "/versions", body)
                    .get("id")
                    .asInt();
            schemasById.putIfAbsent(id, schema);
            return id;
        });
    }

    @Override
    public Schema schemaById(int id) {
        return schemasById.computeIfAbsent(id, key -> parse(send("GET", "schemas/ids/" + key, null)));
    }

    @Override
    public List<String> subjects() {
        List<String> subjects = new ArrayList<>();
        send("GET", "subjects", null).forEach(subject -> subjects.add(subject.asText()));
        return subjects;
    }

    @Override
    public List<Integer> versions(String subject) {
        List<Integer> versions = new ArrayList<>();
        optional("subjects/" + encode(subject) + "/versions")
                .ifPresent(all -> all.forEach(v -> versions.add(v.asInt())));
        return versions;
    }

    @Override
    public Optional<SubjectVersion> version(String subject, int version) {
        return subjectVersion(subject, Integer.toString(version));
    }

    @Override
    public Optional<SubjectVersion> latest(String subject) {
        return subjectVersion(subject, "latest");
    }

    @Override
    public void close() {}

    private Optional<SubjectVersion> subjectVersion(String subject, String version) {
        return optional("subjects/" + encode(subject) + "/versions/" + version)
                .map(node -> new SubjectVersion(
                        node.get("subject").asText(),
                        node.get("version").asInt(),
                        node.get("id").asInt(),
                        parse(node)));
    }

    private Optional<JsonNode> optional(String path) {
        try {
            return Optional.of(send("GET", path, null));
        } catch (RegistryHttpException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static Schema parse(JsonNode node) {
        return new Schema.Parser().parse(node.get("schema").asText());
    }

    private JsonNode send(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUrl.resolve(path))
                .timeout(timeout)
                .header("Accept", CONTENT_TYPE)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", CONTENT_TYPE);
        }
        authorization.ifPresent(value -> request.header("Authorization", value));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new RegistryHttpException(method, path, response.statusCode(), describe(response.body()));
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new SchemaRegistryException("Schema registry " + method + " /" + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryException("Interrupted during schema registry " + method + " /" + path, e);
        }
    }

    private String describe(String body) {
        try {
            JsonNode error = json.readTree(body);
            return "error_code " + error.path("error_code").asText("?") + ": "
                    + error.path("message").asText(body);
        } catch (IOException e) {
            return body.length() > 200 ? body.substring(0, 200) + "…" : body;
        }
    }

    private static String encode(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A registry answer outside 2xx; its message names the call, the status and the registry's own error. */
    static final class RegistryHttpException extends SchemaRegistryException {
        private final int status;

        RegistryHttpException(String method, String path, int status, String detail) {
            super("Schema registry " + method + " /" + path + " answered " + status + " (" + detail + ")");
            this.status = status;
        }

        int status() {
            return status;
        }
    }
}
