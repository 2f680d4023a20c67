package io.vigil.connectors.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.schema.tenancy.Webhook;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.internals.AutoOffsetResetStrategy;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhookDirectoryTest {

    private static final String TOPIC = "vigil.tenancy.webhooks";
    private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);

    private final AvroSerde<Webhook> serde = AvroSerde.of(Webhook.class, new FingerprintSchemaRegistry());
    private final MockConsumer<String, byte[]> consumer = new MockConsumer<>(AutoOffsetResetStrategy.EARLIEST.name());
    private final WebhookDirectory directory = new WebhookDirectory(consumer, serde, TOPIC);
    private final List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();

    @AfterEach
    void close() {
        directory.close();
    }

    @Test
    void shouldSendTelemetryAlertsOnlyToTheAlertsProject() {
        put(webhook("p1", "w1", true, "telemetry.alert"));
        put(webhook("p2", "w2", true, "telemetry.alert"));
        put(webhook("p1", "w3", true, "uptime.alert"));
        load();

        assertThat(ids(directory.subscribers(alert(EventType.TELEMETRY_ALERT, "p1"))))
                .containsExactly("w1");
    }

    @Test
    void shouldSendDeliveryAndUptimeAlertsToEveryWebhookSubscribedToTheirType() {
        put(webhook("p1", "w1", true, "delivery.alert", "uptime.alert"));
        put(webhook("p2", "w2", true, "uptime.alert"));
        put(webhook("p3", "w3", true, "telemetry.alert"));
        load();

        assertThat(ids(directory.subscribers(alert(EventType.UPTIME_ALERT, null))))
                .containsExactlyInAnyOrder("w1", "w2");
        assertThat(ids(directory.subscribers(alert(EventType.DELIVERY_ALERT, null))))
                .containsExactly("w1");
    }

    @Test
    void shouldForgetDisabledAndDeletedWebhooksAndSeeTheLatestVersion() {
        put(webhook("p1", "w1", true, "uptime.alert"));
        put(webhook("p1", "w2", true, "uptime.alert"));
        put(webhook("p1", "w3", true, "uptime.alert"));
        put(webhook("p1", "w1", false, "uptime.alert"));
        add("p1/w2", null);
        Webhook moved = webhook("p1", "w3", true, "uptime.alert");
        moved.setUrl("https://new.example/hook");
        put(moved);
        load();

        assertThat(ids(directory.subscribers(alert(EventType.UPTIME_ALERT, null))))
                .containsExactly("w3");
        assertThat(directory.current("p1", "w1")).isEmpty();
        assertThat(directory.current("p1", "w2")).isEmpty();
        assertThat(directory.current("p1", "w3")).map(Webhook::getUrl).contains("https://new.example/hook");
    }

    @Test
    void shouldSkipRecordsItCannotRead() {
        add("no-slash", serde.serialize(TOPIC, webhook("p1", "w0", true, "uptime.alert")));
        add("p1/w1", new byte[] {0, 0, 0, 0, 1, 2});
        put(webhook("p1", "w2", true, "uptime.alert"));
        load();

        assertThat(ids(directory.subscribers(alert(EventType.UPTIME_ALERT, null))))
                .containsExactly("w2");
    }

    private void load() {
        consumer.updatePartitions(TOPIC, List.of(new PartitionInfo(TOPIC, 0, Node.noNode(), null, null)));
        consumer.updateBeginningOffsets(Map.of(PARTITION, 0L));
        consumer.updateEndOffsets(Map.of(PARTITION, (long) records.size()));
        consumer.schedulePollTask(() -> records.forEach(consumer::addRecord));
        directory.start(Duration.ofSeconds(5));
    }

    private void put(Webhook webhook) {
        add(webhook.getProjectId() + "/" + webhook.getWebhookId(), serde.serialize(TOPIC, webhook));
    }

    private void add(String key, byte[] value) {
        records.add(new ConsumerRecord<>(TOPIC, 0, records.size(), key, value));
    }

    static Webhook webhook(String project, String id, boolean enabled, String... types) {
        return Webhook.newBuilder()
                .setWebhookId(id)
                .setProjectId(project)
                .setUrl("https://hooks.example/" + id)
                .setSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
                .setEventTypes(List.of(types))
                .setEnabled(enabled)
                .setCreatedAt(Instant.parse("2026-11-23T00:00:00Z"))
                .build();
    }

    private static AlertMessage alert(EventType type, String project) {
        return new AlertMessage(type, "a1", project, new byte[0]);
    }

    private static List<String> ids(List<Webhook> webhooks) {
        return webhooks.stream().map(Webhook::getWebhookId).toList();
    }
}
