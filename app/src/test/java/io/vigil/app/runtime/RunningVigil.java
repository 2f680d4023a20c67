package io.vigil.app.runtime;

import static org.awaitility.Awaitility.await;

import io.vigil.config.VigilConfig;
import io.vigil.embedded.EmbeddedKafkaCluster;
import io.vigil.embedded.EmbeddedS3;
import io.vigil.schema.registry.FingerprintSchemaRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** A whole Vigil instance on the test broker, ready, with an admin key to call its API with. */
public final class RunningVigil implements AutoCloseable {

    public static final String ADMIN_KEY = "admin_runningvigil.0123456789abcdefghijklmnopqrstuvwxyzABCDEFGH";
    public static final Duration WAIT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newHttpClient();
    private final FingerprintSchemaRegistry registry = new FingerprintSchemaRegistry();
    private final VigilRuntime runtime;
    private final URI base;

    /** The settings that point an instance at {@code s3}, whose credentials are not checked. */
    public static Map<String, Object> s3Settings(EmbeddedS3 s3) {
        return Map.of(
                VigilConfig.S3_ENDPOINT_CONFIG, s3.endpoint().toString(),
                VigilConfig.S3_ACCESS_KEY_ID_CONFIG, "t",
                VigilConfig.S3_SECRET_ACCESS_KEY_CONFIG, "t");
    }

    /** @param settings added to (and overriding) the instance's test settings */
    public RunningVigil(EmbeddedKafkaCluster kafka, String applicationId, Path stateDir, Map<String, Object> settings)
            throws IOException {
        int port = freePort();
        Map<String, Object> config = new HashMap<>(Map.of(
                VigilConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(),
                VigilConfig.APPLICATION_ID_CONFIG,
                applicationId,
                VigilConfig.STATE_DIR_CONFIG,
                stateDir.toString(),
                VigilConfig.HTTP_HOST_CONFIG,
                "127.0.0.1",
                VigilConfig.HTTP_ADVERTISED_HOST_CONFIG,
                "127.0.0.1",
                VigilConfig.HTTP_PORT_CONFIG,
                port,
                VigilConfig.DEFAULT_PARTITIONS_CONFIG,
                2,
                VigilConfig.ADMIN_API_KEY_CONFIG,
                ADMIN_KEY));
        config.putAll(settings);
        runtime = VigilRuntime.start(new VigilConfig(config), registry);
        base = URI.create("http://127.0.0.1:" + port);
        await("Vigil ready")
                .atMost(WAIT)
                .until(() -> call("GET", "/ready", null).statusCode() == 200);
    }

    /** Where the instance's API listens, e.g. {@code http://127.0.0.1:40123}. */
    public URI baseUrl() {
        return base;
    }

    public FingerprintSchemaRegistry registry() {
        return registry;
    }

    /** Calls the API as the admin; {@code body} is JSON or null. */
    public HttpResponse<String> call(String method, String path, String body) throws IOException, InterruptedException {
        return callAs(ADMIN_KEY, method, path, body);
    }

    /** Calls the API with {@code apiKey}; {@code body} is JSON or null. */
    public HttpResponse<String> callAs(String apiKey, String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .header("X-API-Key", apiKey)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(10))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        runtime.close();
        registry.close();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
