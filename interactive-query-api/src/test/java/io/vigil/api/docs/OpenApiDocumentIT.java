package io.vigil.api.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vigil.api.ApiRoutes;
import io.vigil.api.ApiServer;
import io.vigil.api.RegisteredRoute;
import io.vigil.api.RouteGroup;
import io.vigil.api.TestApi;
import io.vigil.api.buckets.BucketRoutes;
import io.vigil.api.query.QuerySettings;
import io.vigil.api.query.StoreQueries;
import io.vigil.api.sensor.SensorUploadSettings;
import io.vigil.api.write.TopicWriter;
import io.vigil.embedded.EmbeddedKafkaCluster;
import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.schema.registry.SchemaRegistry;
import io.vigil.testkit.EmbeddedKafkaExtension;
import io.vigil.testkit.TestNames;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** The OpenAPI document and the routes the server really registers must match, both ways. */
@ExtendWith(EmbeddedKafkaExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OpenApiDocumentIT {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}/]+)}");
    private static final Pattern JAVALIN_PARAMETER = Pattern.compile("\\{[^}/]+}|<[^>/]+>");

    private static KafkaStreams streams;
    private static SchemaRegistry registry;
    private static TestApi api;
    private static JsonNode document;
    private static KafkaProducer<String, byte[]> producer;
    private static S3Client s3;

    @BeforeAll
    static void startServerWithEveryRouteGroup(EmbeddedKafkaCluster kafka, TestInfo test, @TempDir Path stateDir)
            throws Exception {
        streams = unstartedStreams(kafka, TestNames.unique(test), stateDir);
        StoreQueries queries = new StoreQueries(
                streams,
                new HostInfo("127.0.0.1", 1),
                HttpClient.newHttpClient(),
                QuerySettings.defaults(),
                new SimpleMeterRegistry());
        registry = new FingerprintSchemaRegistry();
        // Never called: the test only lists routes.
        s3 = S3Client.builder()
                .region(Region.US_EAST_1)
                .endpointOverride(URI.create("http://127.0.0.1:1"))
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .build();
        producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer());
        List<RouteGroup> groups = ApiRoutes.all(
                queries,
                new TopicWriter(producer, Duration.ofSeconds(5)),
                registry,
                Duration.ofDays(35),
                java.util.Optional.empty(),
                s3,
                new SensorUploadSettings("vigil-sensor", "readings/", 1024, 5 * 1024 * 1024),
                io.vigil.topology.uptime.UptimeSettings.DEFAULTS,
                key -> java.util.Optional.empty(),
                new io.vigil.api.telemetry.TelemetryLimits(5_000, Duration.ofMinutes(5), 10_000),
                url -> java.util.Optional.empty());
        api = TestApi.start(groups, List.of());
        try (InputStream in = OpenApiDocumentIT.class.getResourceAsStream(ApiDocsRoutes.OPENAPI_RESOURCE)) {
            document = new YAMLMapper().readTree(in);
        }
    }

    /** The server needs a KafkaStreams to wire its query routes; this test never queries, so it never starts. */
    private static KafkaStreams unstartedStreams(EmbeddedKafkaCluster kafka, String name, Path stateDir) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.table(
                name + "-input",
                Consumed.with(Serdes.String(), Serdes.String()),
                Materialized.as(BucketRoutes.STORE.name()));
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, name);
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        return new KafkaStreams(builder.build(), properties);
    }

    @AfterAll
    static void stop() {
        api.close();
        producer.close();
        s3.close();
        streams.close();
        registry.close();
    }

    private static Set<RegisteredRoute> documented() {
        Set<RegisteredRoute> operations = new HashSet<>();
        document.get("paths").properties().forEach(path -> path.getValue()
                .fieldNames()
                .forEachRemaining(
                        method -> operations.add(new RegisteredRoute(method.toUpperCase(Locale.ROOT), path.getKey()))));
        return operations;
    }

    @Test
    void shouldDocumentEveryRegisteredRoute() {
        List<RegisteredRoute> registered = api.server().routes();

        assertThat(registered).isNotEmpty();
        assertThat(documented())
                .containsAll(registered.stream()
                        .map(route -> new RegisteredRoute(route.method(), asOpenApiPath(route.path())))
                        .toList());
    }

    @Test
    void shouldRouteEveryDocumentedOperation() {
        List<RegisteredRoute> registered = api.server().routes();
        List<RegisteredRoute> unrouted = new ArrayList<>();
        for (RegisteredRoute operation : documented()) {
            String samplePath = PARAMETER.matcher(operation.path()).replaceAll("sample-1");
            boolean routed = registered.stream()
                    .anyMatch(route -> route.method().equals(operation.method())
                            && templateRegex(route.path()).matcher(samplePath).matches());
            if (!routed) {
                unrouted.add(operation);
            }
        }

        assertThat(unrouted).isEmpty();
    }

    /** Javalin's {@code <key>} (a parameter that may hold slashes) is an ordinary path parameter to OpenAPI. */
    private static String asOpenApiPath(String javalinPath) {
        return javalinPath.replace('<', '{').replace('>', '}');
    }

    private static Pattern templateRegex(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = JAVALIN_PARAMETER.matcher(template);
        int end = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(end, parameter.start())));
            regex.append(parameter.group().startsWith("<") ? ".+" : "[^/]+");
            end = parameter.end();
        }
        return Pattern.compile(
                regex.append(Pattern.quote(template.substring(end))).toString());
    }

    @Test
    void shouldDescribeEveryPathParameter() {
        List<String> missing = new ArrayList<>();
        document.get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(op -> {
                    Set<String> declared = new HashSet<>();
                    op.getValue().path("parameters").forEach(parameter -> {
                        JsonNode resolved = resolve(parameter);
                        if ("path".equals(resolved.path("in").asText())) {
                            declared.add(resolved.get("name").asText());
                        }
                    });
                    Matcher matcher = PARAMETER.matcher(path.getKey());
                    while (matcher.find()) {
                        if (!declared.contains(matcher.group(1))) {
                            missing.add(op.getKey() + " " + path.getKey() + " {" + matcher.group(1) + "}");
                        }
                    }
                }));

        assertThat(missing).isEmpty();
    }

    private static JsonNode resolve(JsonNode node) {
        if (!node.has("$ref")) {
            return node;
        }
        return document.at(node.get("$ref").asText().substring(1));
    }

    @Test
    void shouldLeaveExactlyThePublicRoutesOpen() {
        Set<String> open = new HashSet<>();
        document.get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(op -> {
                    JsonNode security = op.getValue().get("security");
                    if (security != null && security.isEmpty()) {
                        open.add(path.getKey());
                    }
                }));

        assertThat(open).isEqualTo(ApiServer.PUBLIC_ROUTES);
    }

    @Test
    void shouldDeclareTheKeySchemesAndTheErrorShape() {
        assertThat(document.get("openapi").asText()).startsWith("3.1.");
        assertThat(document.at("/components/securitySchemes").fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder("apiKey", "bearer", "basic", "uiCookie");
        assertThat(document.at("/components/securitySchemes/apiKey/name").asText())
                .isEqualTo("X-API-Key");
        assertThat(document.at("/security")).hasSize(4);
        assertThat(document.at("/components/schemas/Error/required").toString()).isEqualTo("[\"error\",\"message\"]");
    }

    @Test
    void shouldServeTheSameDocumentAsYamlAndJson() throws Exception {
        JsonNode json = new ObjectMapper()
                .readTree(api.send(api.request("/openapi.json").GET()).body());
        JsonNode yaml = new YAMLMapper()
                .readTree(api.send(api.request("/openapi.yaml").GET()).body());

        assertThat(json).isEqualTo(document);
        assertThat(yaml).isEqualTo(document);
    }

    @Test
    void shouldServeSwaggerUiPointingAtTheDocument() {
        assertThat(api.send(api.request("/docs").GET()).body()).contains("/docs/swagger-ui-bundle.js");
        assertThat(api.send(api.request("/docs/swagger-initializer.js").GET()).body())
                .contains("url: \"/openapi.json\"");
        assertThat(api.send(api.request("/docs/swagger-ui-bundle.js").GET())
                        .headers()
                        .firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
        assertThat(api.send(api.request("/docs/..%2Fpom.properties").GET()).statusCode())
                .isIn(400, 404);
    }
}
