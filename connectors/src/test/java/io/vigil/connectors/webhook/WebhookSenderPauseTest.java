package io.vigil.connectors.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.schema.telemetry.TelemetryAlert;
import io.vigil.schema.tenancy.Webhook;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.internals.AutoOffsetResetStrategy;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class WebhookSenderPauseTest {

    private static final String ALERTS = "vigil.telemetry.alerts";
    private static final String WEBHOOKS = "vigil.tenancy.webhooks";
    private static final TopicPartition ALERT_PARTITION = new TopicPartition(ALERTS, 0);

    private final FingerprintSchemaRegistry registry = new FingerprintSchemaRegistry();

    @Test
    void shouldPauseTheAlertTopicsWhileMoreDeliveriesThanTheBoundAreHeld() {
        MockConsumer<String, byte[]> alerts = new MockConsumer<>(AutoOffsetResetStrategy.EARLIEST.name());
        MockProducer<String, byte[]> attemptLog =
                new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
        // Nothing listens on port 1: every first attempt fails, and the retry is ten minutes away.
        WebhookSenderSettings settings = new WebhookSenderSettings(
                Map.of(ALERTS, EventType.TELEMETRY_ALERT),
                "vigil-webhooks",
                WEBHOOKS,
                "vigil.telemetry.webhook-deliveries",
                Duration.ofSeconds(5),
                Duration.ofMinutes(1),
                5,
                List.of(Duration.ZERO, Duration.ofMinutes(10)),
                2,
                4,
                List.of(Cidr.parse("127.0.0.0/8")),
                Duration.ofSeconds(1),
                Duration.ofSeconds(5));
        AvroSerde<TelemetryAlert> alertSerde = AvroSerde.of(TelemetryAlert.class, registry);
        alerts.schedulePollTask(() -> {
            alerts.rebalance(List.of(ALERT_PARTITION));
            alerts.updateBeginningOffsets(Map.of(ALERT_PARTITION, 0L));
            for (int offset = 0; offset < 3; offset++) {
                TelemetryAlert alert = AlertDecoderTest.telemetryAlert("a" + offset, "p1");
                alerts.addRecord(new ConsumerRecord<>(ALERTS, 0, offset, "p1/d1", alertSerde.serialize(ALERTS, alert)));
            }
        });

        try (WebhookDirectory directory = directoryWith(unreachableWebhook());
                WebhookSender sender = new WebhookSender(
                                alerts,
                                attemptLog,
                                directory,
                                registry,
                                WebhookSender.newHttpClient(),
                                AddressResolver.SYSTEM,
                                settings,
                                Clock.systemUTC(),
                                new Random(1),
                                new RecordingWebhookObserver())
                        .start()) {

            await().atMost(Duration.ofSeconds(30)).until(() -> alerts.paused().contains(ALERT_PARTITION));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> attemptLog.history().size() == 3);
            assertThat(alerts.paused())
                    .as("three held deliveries, a bound of two: the backlog waits in Kafka")
                    .containsExactly(ALERT_PARTITION);
        }
    }

    private WebhookDirectory directoryWith(Webhook webhook) {
        MockConsumer<String, byte[]> consumer = new MockConsumer<>(AutoOffsetResetStrategy.EARLIEST.name());
        TopicPartition partition = new TopicPartition(WEBHOOKS, 0);
        consumer.updatePartitions(WEBHOOKS, List.of(new PartitionInfo(WEBHOOKS, 0, Node.noNode(), null, null)));
        consumer.updateBeginningOffsets(Map.of(partition, 0L));
        consumer.updateEndOffsets(Map.of(partition, 1L));
        byte[] value = AvroSerde.of(Webhook.class, registry).serialize(WEBHOOKS, webhook);
        consumer.schedulePollTask(() -> consumer.addRecord(new ConsumerRecord<>(WEBHOOKS, 0, 0, "p1/w1", value)));
        return new WebhookDirectory(consumer, AvroSerde.of(Webhook.class, registry), WEBHOOKS)
                .start(Duration.ofSeconds(5));
    }

    private static Webhook unreachableWebhook() {
        Webhook webhook = WebhookDirectoryTest.webhook("p1", "w1", true, "telemetry.alert");
        webhook.setUrl("http://127.0.0.1:1/hook");
        return webhook;
    }
}
