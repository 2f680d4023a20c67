package io.vigil.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vigil.api.auth.AdminKeyAuthenticator;
import io.vigil.api.query.QuerySettings;
import io.vigil.api.query.StoreQueries;
import io.vigil.api.sensor.SensorUploadSettings;
import io.vigil.api.telemetry.TelemetryLimits;
import io.vigil.api.ui.UiRoutes;
import io.vigil.api.write.TopicWriter;
import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.topology.uptime.UptimeSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Every route that takes a body, on the real server with every route group, answers any body with a status below 500
 * (or 503 while the stores it needs are unavailable: here they always are, as the topology never starts), every error
 * as {@code {"error", "message"}} JSON (the UI's pages excepted: they answer HTML), and never a stack trace or a Java
 * class name. The input's first line picks the route ({@code POST /expectations}), the rest is the body; writes go to
 * a {@link MockProducer}. Seeds: a valid body for each write route, in {@code ApiRoutesFuzzTestInputs}.
 */
class ApiRoutesFuzzTest {

    private static final int UNREACHABLE_S3_PORT = 1;
    private static final Set<String> METHODS_WITH_BODIES = Set.of("POST", "PUT", "PATCH");
    private static final List<String> LEAKS =
            List.of("Exception", "\tat ", "java.lang", "org.eclipse.jetty", "Caused by");
    private static final ObjectMapper JSON = ApiJson.newMapper();
    private static final MockProducer<String, byte[]> PRODUCER =
            new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    private static final TestApi API = start();
    private static final List<RegisteredRoute> ROUTES = API.server().routes().stream()
            .filter(route -> METHODS_WITH_BODIES.contains(route.method()))
            .sorted(Comparator.comparing(RegisteredRoute::path).thenComparing(RegisteredRoute::method))
            .toList();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @FuzzTest(maxDuration = "5s")
    void shouldAnswerAnyBodyOnAnyWriteRouteWithoutAServerErrorOrInternals(byte[] input) throws IOException {
        String text = new String(input, StandardCharsets.UTF_8);
        int newline = text.indexOf('\n');
        String routeLine = newline < 0 ? text : text.substring(0, newline);
        String body = newline < 0 ? "" : text.substring(newline + 1);
        RegisteredRoute route = ROUTES.stream()
                .filter(r -> (r.method() + " " + r.path()).equals(routeLine))
                .findFirst()
                .orElse(ROUTES.get(Math.floorMod(routeLine.hashCode(), ROUTES.size())));

        HttpResponse<String> response;
        // the test's own requests, and the S3 upload to the configured (unreachable) endpoint; any other connection,
        // to a webhook or certificate URL taken from a body, stays a finding of Jazzer's SSRF detector
        try (SilentCloseable allowed = BugDetectors.allowNetworkConnections(
                (host, port) -> port == API.server().port() || port == UNREACHABLE_S3_PORT)) {
            response = send(route, body);
        }
        PRODUCER.clear();

        String answer = response.body();
        assertThat(response.statusCode())
                .as(route + " answered " + answer)
                .satisfiesAnyOf(status -> assertThat(status).isLessThan(500), status -> assertThat(status)
                        .isEqualTo(503));
        LEAKS.stream()
                .filter(leak -> !text.contains(leak))
                .forEach(leak -> assertThat(answer).as(route.toString()).doesNotContain(leak));
        // the UI's sign-in form answers a wrong key with its own HTML page, for a browser
        if (response.statusCode() >= 400 && !route.path().startsWith(UiRoutes.HOME)) {
            JsonNode error = JSON.readTree(answer);
            assertThat(error.path("error").isTextual() && error.path("message").isTextual())
                    .as(answer)
                    .isTrue();
        }
    }

    private static HttpResponse<String> send(RegisteredRoute route, String body) {
        String path = route.path().replaceAll("\\{[^}/]+}|<[^>/]+>", "fuzz");
        HttpRequest request = API.request(path)
                .header("X-API-Key", TestApi.ADMIN_KEY)
                .header("Content-Type", "application/json")
                .method(route.method(), HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static TestApi start() {
        FingerprintSchemaRegistry registry = new FingerprintSchemaRegistry();
        Duration instant = Duration.ofMillis(1);
        StoreQueries queries = new StoreQueries(
                unstartedStreams(),
                new HostInfo("127.0.0.1", 1),
                HttpClient.newHttpClient(),
                new QuerySettings(instant, instant, instant, instant, 1000),
                new SimpleMeterRegistry());
        S3Client unreachable = S3Client.builder()
                .region(Region.US_EAST_1)
                .endpointOverride(URI.create("http://127.0.0.1:" + UNREACHABLE_S3_PORT))
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .build();
        List<RouteGroup> groups = ApiRoutes.all(
                queries,
                new TopicWriter(PRODUCER, Duration.ofSeconds(5)),
                registry,
                Duration.ofDays(35),
                Optional.empty(),
                unreachable,
                new SensorUploadSettings("vigil-sensor", "readings/", 64 * 1024, 5 * 1024 * 1024),
                UptimeSettings.DEFAULTS,
                key -> Optional.empty(),
                new TelemetryLimits(5_000, Duration.ofMinutes(5), 10_000),
                url -> Optional.empty());
        return TestApi.start(
                new ApiSettings("127.0.0.1", 0, ApiSettings.DEFAULT_MAX_REQUEST_BYTES, 0, 0, ConnectionLimits.DEFAULTS),
                groups,
                new AdminKeyAuthenticator(TestApi.ADMIN_KEY),
                List.of());
    }

    /** The routes need a KafkaStreams to wire their queries; it never starts, so every store is unavailable. */
    private static KafkaStreams unstartedStreams() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("vigil.fuzz.input");
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "vigil-api-fuzz");
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1");
        try {
            properties.put(
                    StreamsConfig.STATE_DIR_CONFIG,
                    Files.createTempDirectory("api-fuzz").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KafkaStreams(builder.build(), properties);
    }
}
