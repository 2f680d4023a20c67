package io.vigil.app.telemetry;

import static io.vigil.app.telemetry.TelemetryTenant.created;
import static io.vigil.app.telemetry.TelemetryTenant.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.app.dev.webhook.DevWebhookReceiver;
import io.vigil.app.metrics.DocumentedMetrics;
import io.vigil.app.runtime.RunningVigil;
import io.vigil.config.VigilConfig;
import io.vigil.embedded.EmbeddedKafkaCluster;
import io.vigil.testkit.EmbeddedKafkaExtension;
import io.vigil.testkit.TestNames;
import io.vigil.topology.telemetry.TelemetryNames;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Telemetry as a user drives it over HTTP against a whole Vigil instance on the real broker: tenants, keys, devices,
 * rules, a batch in, the alert out on its topic and through the API; tenants kept apart; bad input refused whole.
 */
@ExtendWith(EmbeddedKafkaExtension.class)
@Timeout(240)
class TelemetryApiIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private RunningVigil vigil;
    private DevWebhookReceiver receiver;
    private EmbeddedKafkaCluster kafka;
    private String prefix;

    @BeforeEach
    void startVigil(EmbeddedKafkaCluster kafka, TestInfo test, @TempDir Path stateDir) throws Exception {
        this.kafka = kafka;
        prefix = TestNames.unique(test);
        receiver = DevWebhookReceiver.start(0, Clock.systemUTC());
        // webhooks may reach the receiver on loopback, as in dev
        vigil = new RunningVigil(
                kafka, prefix, stateDir, Map.of(VigilConfig.WEBHOOKS_ALLOWED_CIDRS_CONFIG, "127.0.0.0/8"));
    }

    @AfterEach
    void stopVigil() {
        if (vigil != null) {
            vigil.close();
        }
        receiver.close();
    }

    @Test
    void readmeExampleFiresOneAlertThatReachesTheTopicTheApiAndASignedWebhook() throws Exception {
        TelemetryTenant tenant = TelemetryTenant.create(vigil, prefix);
        String deviceId = device(tenant, "freezer-1", "freezer");
        JsonNode webhook = created(tenant.call(
                vigil,
                "POST",
                "/projects/" + tenant.projectId() + "/webhooks",
                "{\"url\":\"" + receiver.url() + "\"}"));
        JsonNode rule = created(
                tenant.call(
                        vigil,
                        "POST",
                        "/projects/" + tenant.projectId() + "/rules",
                        """
                {"name":"too warm","metric":"temperature","operator":">","threshold":80,"window_n":5,"required_k":5}"""));
        assertThat(rule.path("operator").asText()).isEqualTo(">");
        Instant start = Instant.now().minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.SECONDS);

        HttpResponse<String> sent =
                tenant.call(vigil, "POST", "/telemetry", batch("freezer-1", start, 95, 96, 97, 98, 99));

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
        assertThat(json(sent).path("accepted").asInt()).isEqualTo(5);
        String batchId = json(sent).path("batch_id").asText();
        JsonNode alerts = await("the alert in the device's list")
                .atMost(RunningVigil.WAIT)
                .until(
                        () -> json(tenant.call(vigil, "GET", "/devices/" + deviceId + "/alerts", null)),
                        page -> page.path("items").size() > 0);
        JsonNode alert = alerts.path("items").get(0);
        String expectedId = rule.path("rule_id").asText() + ":" + deviceId + ":" + batchId + ":4";
        assertThat(alerts.path("items")).hasSize(1);
        assertThat(alert.path("alert_id").asText()).isEqualTo(expectedId);
        assertThat(alert.path("value").asDouble()).isEqualTo(99.0);
        assertThat(alert.path("event_ts").asText())
                .isEqualTo(start.plusSeconds(4).toString());
        JsonNode projectAlerts = json(tenant.call(vigil, "GET", "/projects/" + tenant.projectId() + "/alerts", null));
        assertThat(projectAlerts.path("items").get(0).path("alert_id").asText()).isEqualTo(expectedId);
        assertThat(AlertsOnTopic.ids(
                        kafka.bootstrapServers(),
                        vigil.registry(),
                        tenant.projectId() + "/" + deviceId,
                        1,
                        RunningVigil.WAIT))
                .containsExactly(expectedId);

        JsonNode delivered = await("the alert at the receiver")
                .atMost(RunningVigil.WAIT)
                .until(() -> received(expectedId), found -> found != null);
        assertSignedWith(webhook.path("secret").asText(), delivered);
        assertThat(json.readTree(delivered.path("body").asText())
                        .path("data")
                        .path("alert_id")
                        .asText())
                .isEqualTo(expectedId);
        String webhookId = webhook.path("webhook_id").asText();
        JsonNode attempts = await("the delivery in the log")
                .atMost(RunningVigil.WAIT)
                .until(
                        () -> json(tenant.call(
                                vigil, "GET", "/projects/" + tenant.projectId() + "/webhook-deliveries", null)),
                        page -> page.path("items").size() > 0);
        assertThat(attempts.path("items").get(0).path("outcome").asText()).isEqualTo("delivered");
        assertThat(json(tenant.call(vigil, "GET", "/webhooks/" + webhookId + "/circuit-status", null))
                        .path("state")
                        .asText())
                .isEqualTo("CLOSED");

        JsonNode latest = json(tenant.call(vigil, "GET", "/telemetry/devices/" + deviceId + "/latest", null));
        assertThat(latest.path("ts").asText()).isEqualTo(start.plusSeconds(4).toString());
        assertThat(latest.path("data").path("temperature").asDouble()).isEqualTo(99.0);
        JsonNode since = json(tenant.call(
                vigil, "GET", "/telemetry/devices/" + deviceId + "/since?since_ts=" + start.plusSeconds(3), null));
        assertThat(since.path("items")).hasSize(2);
        assertThat(since.path("items").get(0).path("data").path("temperature").asDouble())
                .isEqualTo(98.0);
        JsonNode recent =
                json(tenant.call(vigil, "GET", "/telemetry/devices/" + deviceId + "/telemetry?limit=2", null));
        assertThat(recent.path("items")).hasSize(2);
        assertThat(recent.path("items").get(0).path("data").path("temperature").asDouble())
                .isEqualTo(99.0);
    }

    @Test
    void projectKeysNeverReachAnotherTenantsData() throws Exception {
        TelemetryTenant owner = TelemetryTenant.create(vigil, prefix + "-a");
        TelemetryTenant other = TelemetryTenant.create(vigil, prefix + "-b");
        String deviceId = device(owner, "pump-1");
        String ruleId = created(
                        owner.call(
                                vigil,
                                "POST",
                                "/projects/" + owner.projectId() + "/rules",
                                """
                {"name":"r","metric":"p","operator":"<","threshold":1,"window_n":1,"required_k":1,"scope":"EXPLICIT"}"""))
                .path("rule_id")
                .asText();
        String webhookId = created(owner.call(
                        vigil,
                        "POST",
                        "/projects/" + owner.projectId() + "/webhooks",
                        "{\"url\":\"http://127.0.0.1:9/hook\"}"))
                .path("webhook_id")
                .asText();
        String project = "/projects/" + owner.projectId();

        List<String[]> foreign = List.of(
                new String[] {"GET", project, null},
                new String[] {"GET", project + "/devices", null},
                new String[] {"POST", project + "/devices", "{\"external_id\":\"x\"}"},
                new String[] {"GET", project + "/rules", null},
                new String[] {"POST", project + "/rules", "{}"},
                new String[] {"GET", project + "/alerts", null},
                new String[] {"GET", project + "/api-keys", null},
                new String[] {"POST", project + "/api-keys", "{}"},
                new String[] {"DELETE", project + "/api-keys/" + owner.key().split("\\.")[0], null},
                new String[] {"GET", project + "/webhooks", null},
                new String[] {"POST", project + "/webhooks", "{\"url\":\"http://127.0.0.1:9/x\"}"},
                new String[] {"GET", project + "/webhook-deliveries", null},
                new String[] {"GET", "/rules/" + ruleId, null},
                new String[] {"PATCH", "/rules/" + ruleId, "{\"threshold\":5}"},
                new String[] {"POST", "/rules/" + ruleId + "/devices", "{\"device_ids\":[\"" + deviceId + "\"]}"},
                new String[] {"GET", "/webhooks/" + webhookId, null},
                new String[] {"GET", "/webhooks/" + webhookId + "/circuit-status", null},
                new String[] {"POST", "/webhooks/" + webhookId + "/disable", null},
                new String[] {"GET", "/devices/" + deviceId + "/alerts", null},
                new String[] {"GET", "/telemetry/devices/" + deviceId + "/telemetry", null},
                new String[] {"GET", "/telemetry/devices/" + deviceId + "/latest", null},
                new String[] {"GET", "/telemetry/devices/" + deviceId + "/since?since_ts=2026-01-01T00:00:00Z", null},
                new String[] {
                    "GET",
                    "/internal/stores/telemetry-alerts/entries?partitions=0,1&from=" + owner.projectId() + "/&to="
                            + owner.projectId() + "0",
                    null
                });
        for (String[] request : foreign) {
            HttpResponse<String> answer = other.call(vigil, request[0], request[1], request[2]);
            assertThat(answer.statusCode())
                    .as("%s %s: %s", request[0], request[1], answer.body())
                    .isEqualTo(404);
            assertThat(answer.body()).doesNotContain(deviceId.substring(0, 8) + "\"", "pump-1");
        }
        for (String[] installationWide : List.of(
                new String[] {"POST", "/orgs", "{\"name\":\"x\"}"},
                new String[] {"GET", "/orgs/" + owner.orgId(), null},
                new String[] {"GET", "/expectations", null},
                new String[] {"GET", "/stores", null})) {
            HttpResponse<String> answer =
                    other.call(vigil, installationWide[0], installationWide[1], installationWide[2]);
            assertThat(answer.statusCode())
                    .as("%s %s", installationWide[0], installationWide[1])
                    .isEqualTo(403);
        }
        HttpResponse<String> borrowedDevice = other.call(
                vigil, "POST", "/telemetry", batch("pump-1", Instant.now().minusSeconds(5), 1));
        assertThat(borrowedDevice.statusCode()).isEqualTo(422);
        assertThat(vigil.callAs(
                                owner.keyWith(vigil, "read"),
                                "POST",
                                "/telemetry",
                                batch("pump-1", Instant.now().minusSeconds(5), 1))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void revokedAndUnknownKeysAreRefused() throws Exception {
        TelemetryTenant tenant = TelemetryTenant.create(vigil, prefix);
        String ingestKey = tenant.keyWith(vigil, "ingest");
        String keyPrefix = ingestKey.split("\\.")[0];

        HttpResponse<String> revoked =
                tenant.call(vigil, "DELETE", "/projects/" + tenant.projectId() + "/api-keys/" + keyPrefix, null);

        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        assertThat(json(revoked).path("revoked_at").isTextual()).isTrue();
        assertThat(json(revoked).has("secret_sha256")).isFalse();
        assertThat(vigil.callAs(ingestKey, "POST", "/telemetry", "{}").statusCode())
                .isEqualTo(401);
        assertThat(vigil.callAs(
                                keyPrefix + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                                "GET",
                                "/projects/" + tenant.projectId(),
                                null)
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void badBatchesAndRulesAreRefusedWholeWithClearErrors() throws Exception {
        TelemetryTenant tenant = TelemetryTenant.create(vigil, prefix);
        String deviceId = device(tenant, "meter-1");
        Instant start = Instant.now().minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.SECONDS);
        double[] tooMany = new double[5_001];

        assertThat(tenant.call(vigil, "POST", "/telemetry", batch("meter-1", start, tooMany))
                        .statusCode())
                .isEqualTo(413);
        HttpResponse<String> notObject = tenant.call(
                vigil,
                "POST",
                "/telemetry",
                """
                {"device_external_id":"meter-1","events":[{"ts":"%s","data":{"v":1}},{"ts":"%s","data":[1]}]}"""
                        .formatted(start, start));
        assertThat(notObject.statusCode()).isEqualTo(422);
        assertThat(json(notObject).path("message").asText()).contains("events[1].data");
        HttpResponse<String> badTime = tenant.call(
                vigil,
                "POST",
                "/telemetry",
                """
                {"device_external_id":"meter-1","events":[{"ts":"yesterday","data":{"v":1}}]}""");
        assertThat(json(badTime).path("message").asText()).contains("events[0].ts");
        HttpResponse<String> future = tenant.call(
                vigil, "POST", "/telemetry", batch("meter-1", Instant.now().plus(Duration.ofDays(1)), 1));
        assertThat(future.statusCode()).isEqualTo(422);
        assertThat(json(future).path("message").asText()).contains("future");
        HttpResponse<String> unknown = tenant.call(vigil, "POST", "/telemetry", batch("meter-9", start, 1));
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(json(unknown).path("message").asText()).contains("meter-9");

        assertThat(tenant.call(vigil, "POST", "/telemetry", batch("meter-1", start, 7))
                        .statusCode())
                .isEqualTo(202);
        JsonNode kept = await("the valid batch stored")
                .atMost(RunningVigil.WAIT)
                .until(
                        () -> json(tenant.call(
                                vigil,
                                "GET",
                                "/telemetry/devices/" + deviceId + "/since?since_ts=2000-01-01T00:00:00Z",
                                null)),
                        page -> page.path("items").size() > 0);
        assertThat(kept.path("items")).hasSize(1);
        assertThat(kept.path("items").get(0).path("data").path("v").asDouble()).isEqualTo(7.0);

        String rules = "/projects/" + tenant.projectId() + "/rules";
        HttpResponse<String> kAboveN = tenant.call(
                vigil,
                "POST",
                rules,
                """
                {"name":"r","metric":"v","operator":">","threshold":1,"window_n":3,"required_k":4}""");
        assertThat(kAboveN.statusCode()).isEqualTo(422);
        assertThat(json(kAboveN).path("message").asText()).contains("required_k");
        HttpResponse<String> hugeN = tenant.call(
                vigil,
                "POST",
                rules,
                """
                {"name":"r","metric":"v","operator":">","threshold":1,"window_n":10000000,"required_k":1}""");
        assertThat(json(hugeN).path("message").asText()).contains("window_n");
        HttpResponse<String> operator = tenant.call(
                vigil,
                "POST",
                rules,
                """
                {"name":"r","metric":"v","operator":"=>","threshold":1,"window_n":1,"required_k":1}""");
        assertThat(operator.statusCode()).isEqualTo(422);
        assertThat(json(operator).path("message").asText()).contains("operator");
    }

    @Test
    void requestIdReachesTheAlertAndMetricsCoverEveryDomain() throws Exception {
        TelemetryTenant tenant = TelemetryTenant.create(vigil, prefix);
        String deviceId = device(tenant, "boiler-1");
        created(tenant.call(
                vigil,
                "POST",
                "/projects/" + tenant.projectId() + "/webhooks",
                "{\"url\":\"" + receiver.url() + "\"}"));
        created(
                tenant.call(
                        vigil,
                        "POST",
                        "/projects/" + tenant.projectId() + "/rules",
                        """
                {"name":"hot","metric":"temperature","operator":">","threshold":80,"window_n":1,"required_k":1}"""));

        HttpResponse<String> sent = http.send(
                HttpRequest.newBuilder(vigil.baseUrl().resolve("/telemetry"))
                        .header("X-API-Key", tenant.key())
                        .header("Content-Type", "application/json")
                        .header("X-Request-Id", "it-req-1")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                batch("boiler-1", Instant.now().minusSeconds(5), 95)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
        assertThat(sent.headers().firstValue("X-Request-Id")).contains("it-req-1");
        assertThat(AlertsOnTopic.correlationIds(
                        kafka.bootstrapServers(), tenant.projectId() + "/" + deviceId, RunningVigil.WAIT))
                .containsExactly("it-req-1");
        sendUndeserialisableBatch();

        Pattern delivered =
                Pattern.compile("vigil_webhook_attempts_seconds_count\\{outcome=\"delivered\"} [1-9][0-9]*\n");
        String scrape = await("every documented metric on /metrics, and the webhook delivered")
                .atMost(RunningVigil.WAIT)
                .until(
                        () -> vigil.call("GET", "/metrics", null).body(),
                        body -> delivered.matcher(body).find()
                                && DocumentedMetrics.all().stream().allMatch(name -> body.contains("\n" + name + "{")));
        // At least one: the instance is shared with the class's other tests, which fire alerts of their own.
        assertThat(scrape)
                .containsPattern("vigil_alerts_total\\{domain=\"telemetry\",kind=\"rule-fired\"} [1-9][0-9]*\\.0");
        // the evaluator takes batches as bytes, so one that is not a batch fails in the processor
        assertThat(scrape)
                .containsPattern(
                        "vigil_dlq_records_total\\{reason=\"SerializationException\",source=\"processing\",topic=\"vigil.telemetry.events\"} [1-9][0-9]*\\.0");
        assertThat(scrape)
                .containsPattern(
                        "kafka_consumer_fetch_manager_records_consumed_total\\{[^}]*topic=\"vigil.telemetry.events\"");
    }

    /** Bytes that are no Avro at all, for the deserialisation handler to send to the DLQ. */
    private void sendUndeserialisableBatch() throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(TelemetryNames.EVENTS_TOPIC, "p/d", new byte[] {1, 2, 3}))
                    .get();
        }
    }

    /** The request the receiver got for the alert, or null while there is none. */
    private JsonNode received(String alertId) throws Exception {
        HttpResponse<String> list =
                http.send(HttpRequest.newBuilder(receiver.url()).build(), HttpResponse.BodyHandlers.ofString());
        for (JsonNode request : json.readTree(list.body())) {
            if (json.readTree(request.path("body").asText())
                    .path("data")
                    .path("alert_id")
                    .asText()
                    .equals(alertId)) {
                return request;
            }
        }
        return null;
    }

    /** Verifies the Standard Webhooks signature as a receiver would, with the JDK's HMAC, not Vigil's signer. */
    private static void assertSignedWith(String secret, JsonNode request) throws Exception {
        JsonNode headers = request.path("headers");
        String signed = headers.path("webhook-id").asText() + "."
                + headers.path("webhook-timestamp").asText() + "."
                + request.path("body").asText();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String expected =
                "v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        assertThat(headers.path("webhook-signature").asText().split(" ")).contains(expected);
    }

    private String device(TelemetryTenant tenant, String externalId, String... tags) throws Exception {
        StringJoiner tagList = new StringJoiner("\",\"", "[\"", "\"]");
        for (String tag : tags) {
            tagList.add(tag);
        }
        String body =
                "{\"external_id\":\"" + externalId + "\"" + (tags.length == 0 ? "" : ",\"tags\":" + tagList) + "}";
        return created(tenant.call(vigil, "POST", "/projects/" + tenant.projectId() + "/devices", body))
                .path("device_id")
                .asText();
    }

    /** A batch of one event per value, a second apart from {@code start}, metric {@code v} and {@code temperature}. */
    static String batch(String externalId, Instant start, double... values) {
        StringJoiner events = new StringJoiner(",");
        for (int i = 0; i < values.length; i++) {
            events.add("{\"ts\":\"%s\",\"data\":{\"temperature\":%s,\"v\":%s,\"state\":\"ok\"}}"
                    .formatted(start.plusSeconds(i), values[i], values[i]));
        }
        return "{\"device_external_id\":\"" + externalId + "\",\"events\":[" + events + "]}";
    }
}
