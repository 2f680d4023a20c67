package io.vigil.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.app.dev.webhook.DevWebhookReceiver;
import io.vigil.config.VigilConfig;
import io.vigil.embedded.EmbeddedKafkaCluster;
import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.schema.telemetry.TelemetryAlert;
import io.vigil.schema.tenancy.Webhook;
import io.vigil.testkit.EmbeddedKafkaExtension;
import io.vigil.testkit.TestNames;
import io.vigil.topology.TopicProvisioner;
import io.vigil.topology.VigilTopics;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The webhook sender as an instance runs it: a webhook on {@code vigil.tenancy.webhooks}, a telemetry alert on
 * {@code vigil.telemetry.alerts}, the alert at the dev receiver, signed.
 */
@ExtendWith(EmbeddedKafkaExtension.class)
@Timeout(180)
class WebhookPathIT {

    private final FingerprintSchemaRegistry registry = new FingerprintSchemaRegistry();

    @Test
    void shouldSendATelemetryAlertToItsProjectsWebhook(EmbeddedKafkaCluster kafka, TestInfo test, @TempDir Path state)
            throws Exception {
        String project = TestNames.unique(test, "project");
        String alertId = "rule:device:batch:" + project;
        try (DevWebhookReceiver receiver = DevWebhookReceiver.start(0, Clock.systemUTC());
                KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                        new StringSerializer(),
                        new ByteArraySerializer())) {
            Webhook webhook = Webhook.newBuilder()
                    .setWebhookId("wh1")
                    .setProjectId(project)
                    .setUrl(receiver.url().toString())
                    .setSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
                    .setEventTypes(List.of("telemetry.alert"))
                    .setCreatedAt(Instant.now())
                    .build();
            // Written before the instance starts (it loads the webhooks before it reads any alert), so the topics are
            // provisioned here as the instance would, not auto-created by the write.
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
                new TopicProvisioner(admin, Duration.ofSeconds(30)).provision(new VigilTopics(2, (short) 1).all());
            }
            send(producer, "vigil.tenancy.webhooks", project + "/wh1", webhook, Webhook.class);
            try (RunningVigil vigil = new RunningVigil(
                    kafka,
                    TestNames.unique(test),
                    state,
                    Map.of(VigilConfig.WEBHOOKS_ALLOWED_CIDRS_CONFIG, "127.0.0.0/8"))) {
                send(
                        producer,
                        "vigil.telemetry.alerts",
                        project + "/device",
                        alert(alertId, project),
                        TelemetryAlert.class);

                String messageId = "msg_" + alertId + "_wh1";
                await().atMost(RunningVigil.WAIT).untilAsserted(() -> assertThat(received(receiver))
                        .anyMatch(entry ->
                                entry.at("/headers/webhook-id").asText().equals(messageId)));
                JsonNode entry = received(receiver).stream()
                        .filter(e -> e.at("/headers/webhook-id").asText().equals(messageId))
                        .findFirst()
                        .orElseThrow();
                assertThat(entry.at("/headers/webhook-signature").asText()).startsWith("v1,");
                assertThat(entry.at("/body").asText()).contains("\"project_id\":\"" + project + "\"");
            }
        }
    }

    private <T extends SpecificRecord> void send(
            KafkaProducer<String, byte[]> producer, String topic, String key, T value, Class<T> type) throws Exception {
        producer.send(new ProducerRecord<>(
                        topic, key, AvroSerde.of(type, registry).serialize(topic, value)))
                .get();
    }

    private static TelemetryAlert alert(String alertId, String project) {
        return TelemetryAlert.newBuilder()
                .setAlertId(alertId)
                .setProjectId(project)
                .setDeviceId("device")
                .setRuleId("rule")
                .setRuleName("too hot")
                .setMetric("temperature")
                .setOperator(">")
                .setThreshold(40)
                .setValue(42)
                .setWindowN(3)
                .setRequiredK(2)
                .setBreaches(2)
                .setEventTs(Instant.now())
                .setDetectedAt(Instant.now())
                .build();
    }

    private static List<JsonNode> received(DevWebhookReceiver receiver) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(receiver.url()).build(), HttpResponse.BodyHandlers.ofString());
        List<JsonNode> entries = new ArrayList<>();
        new ObjectMapper().readTree(response.body()).forEach(entries::add);
        return entries;
    }
}
