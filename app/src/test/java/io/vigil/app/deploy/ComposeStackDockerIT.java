package io.vigil.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.testkit.DockerEngineCondition;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * The whole {@code docker-compose.yml} stack, built from this build's jars: what is written through one Vigil instance
 * is answered by the other — a telemetry batch becomes an alert, an S3 object announced on the SQS queue (through the
 * Connect worker's connector) becomes a data-quality result. Runs under {@code -Ptestcontainers} where a Docker engine
 * with the Compose plugin answers, after {@code package} (it needs app/target and connectors/target); skips otherwise.
 */
@ExtendWith(DockerEngineCondition.class)
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class ComposeStackDockerIT {

    private static final String ADMIN_KEY = "admin." + HexFormat.of().formatHex(new SecureRandom().generateSeed(32));
    private static final Duration WAIT = Duration.ofMinutes(3);
    private static final String BUCKET = "vigil-landing";
    /** Created and readable on the instance asked (201), or durably written but not readable there yet (202). */
    private static final Integer[] CREATED = {201, 202};

    private static ComposeContainer stack;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        stack = new ComposeContainer(ComposeFile.FILE.toFile())
                .withLocalCompose(true)
                .withBuild(true)
                .withEnv("VIGIL_ADMIN_API_KEY", ADMIN_KEY)
                .withExposedService("vigil-1", 8080, Wait.forHttp("/ready").withStartupTimeout(Duration.ofMinutes(8)))
                .withExposedService("vigil-2", 8080, Wait.forHttp("/ready").withStartupTimeout(Duration.ofMinutes(8)))
                .withExposedService("connect", 8083, Wait.forHealthcheck().withStartupTimeout(Duration.ofMinutes(8)))
                .withExposedService("s3", 9090)
                .withExposedService("sqs", 9324);
        stack.start();
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.stop();
        }
    }

    @Test
    void shouldRaiseAnAlertForATelemetryBatchSentToOneInstanceOnTheOther() throws Exception {
        URI one = endpoint("vigil-1", 8080);
        URI two = endpoint("vigil-2", 8080);
        String org = send(one, ADMIN_KEY, "POST", "/orgs", "{\"name\":\"Acme\"}", CREATED)
                .path("org_id")
                .asText();
        String project = send(
                        one, ADMIN_KEY, "POST", "/orgs/" + org + "/projects", "{\"name\":\"cold chain\"}", CREATED)
                .path("project_id")
                .asText();
        String key = send(
                        one,
                        ADMIN_KEY,
                        "POST",
                        "/projects/" + project + "/api-keys",
                        "{\"name\":\"smoke\",\"scopes\":[\"ingest\",\"read\",\"admin\"]}",
                        CREATED)
                .path("key")
                .asText();
        // Keys, devices and rules reach every instance through global stores, each on its own schedule.
        awaitStatus(one, key, "/projects/" + project, 200);
        awaitStatus(two, key, "/projects/" + project, 200);
        String device = send(
                        one, key, "POST", "/projects/" + project + "/devices", "{\"external_id\":\"freezer\"}", CREATED)
                .path("device_id")
                .asText();
        send(
                one,
                key,
                "POST",
                "/projects/" + project + "/rules",
                """
                {"name":"too warm","metric":"temperature","operator":">","threshold":80,
                 "window_n":3,"required_k":3,"cooldown_seconds":600}""",
                CREATED);

        // A rule applies to events evaluated after its instance has it: send breaching batches until one alerts.
        JsonNode alerts = await().atMost(WAIT)
                .pollInterval(Duration.ofSeconds(3))
                .until(
                        () -> {
                            send(one, key, "POST", "/telemetry", breachingBatch(), 202);
                            return json.readTree(call(two, key, "GET", "/devices/" + device + "/alerts", null)
                                            .body())
                                    .path("items");
                        },
                        items -> items.size() > 0);

        assertThat(alerts.get(0).path("rule_name").asText()).isEqualTo("too warm");
        assertThat(alerts.get(0).path("breaches").asInt()).isEqualTo(3);
    }

    @Test
    void shouldCheckAnObjectAnnouncedOnTheQueueAndAnswerForItOnBothInstances() throws Exception {
        URI one = endpoint("vigil-1", 8080);
        URI two = endpoint("vigil-2", 8080);
        send(
                one,
                ADMIN_KEY,
                "PUT",
                "/quality/rules/" + BUCKET + "?prefix=smoke/",
                """
                {"non_empty": true, "csv": {"expected_columns": ["sensor_id", "timestamp", "value"],
                 "columns": [{"name": "value", "type": "DECIMAL"}]}}""",
                202);
        awaitStatus(two, ADMIN_KEY, "/quality/rules/" + BUCKET + "?prefix=smoke/", 200);
        String objectKey = "smoke/readings.csv";
        HttpResponse<String> stored = http.send(
                HttpRequest.newBuilder(endpoint("s3", 9090).resolve("/" + BUCKET + "/" + objectKey))
                        .header("Content-Type", "text/csv")
                        .PUT(BodyPublishers.ofString("sensor_id,timestamp,value\ns1,2026-11-23T09:00:00Z,warm\n"))
                        .build(),
                BodyHandlers.ofString());
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);

        // S3 would notify the queue itself; here the test does, again until the reader has the rule.
        String path = "/quality/objects/" + BUCKET + "/" + objectKey;
        await().atMost(WAIT).pollInterval(Duration.ofSeconds(3)).until(() -> {
            notifyQueue(objectKey);
            return call(two, ADMIN_KEY, "GET", path, null).statusCode() == 200;
        });

        for (URI instance : new URI[] {one, two}) {
            JsonNode result =
                    json.readTree(call(instance, ADMIN_KEY, "GET", path, null).body());
            assertThat(result.path("passed").asBoolean()).isFalse();
            assertThat(result.path("checks").findValuesAsText("check")).contains("column_type");
        }
    }

    private void notifyQueue(String objectKey) throws Exception {
        String notification =
                """
                {"Records":[{"eventName":"ObjectCreated:Put","eventTime":"%s","awsRegion":"us-east-1",
                 "s3":{"bucket":{"name":"%s"},"object":{"key":"%s","size":52,"sequencer":"%d"}}}]}"""
                        .formatted(Instant.now(), BUCKET, objectKey, System.nanoTime());
        HttpResponse<String> sent = http.send(
                HttpRequest.newBuilder(endpoint("sqs", 9324).resolve("/000000000000/vigil-s3-events"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(BodyPublishers.ofString("Action=SendMessage&MessageBody="
                                + URLEncoder.encode(notification, StandardCharsets.UTF_8)))
                        .build(),
                BodyHandlers.ofString());
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    }

    private static String breachingBatch() {
        Instant start = Instant.now().minusSeconds(10).truncatedTo(ChronoUnit.MILLIS);
        return """
                {"device_external_id":"freezer","events":[
                 {"ts":"%s","data":{"temperature":95}},{"ts":"%s","data":{"temperature":96}},
                 {"ts":"%s","data":{"temperature":97}}]}"""
                .formatted(start, start.plusMillis(1), start.plusMillis(2));
    }

    private void awaitStatus(URI instance, String key, String path, int status) {
        await().atMost(WAIT).until(() -> call(instance, key, "GET", path, null).statusCode() == status);
    }

    private JsonNode send(URI instance, String key, String method, String path, String body, Integer... statuses)
            throws Exception {
        HttpResponse<String> response = call(instance, key, method, path, body);
        assertThat(response.statusCode())
                .as(method + " " + path + ": " + response.body())
                .isIn((Object[]) statuses);
        return json.readTree(response.body());
    }

    private HttpResponse<String> call(URI instance, String key, String method, String path, String body)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(instance.resolve(path))
                .header("X-API-Key", key)
                .header("Content-Type", "application/json")
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(30))
                .build();
        return http.send(request, BodyHandlers.ofString());
    }

    private static URI endpoint(String service, int port) {
        return URI.create("http://" + stack.getServiceHost(service, port) + ":" + stack.getServicePort(service, port));
    }
}
