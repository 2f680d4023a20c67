package io.vigil.app.telemetry;

import static org.awaitility.Awaitility.await;

import io.vigil.schema.registry.SchemaRegistry;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.schema.telemetry.TelemetryAlert;
import io.vigil.schema.trace.CorrelationIds;
import io.vigil.topology.telemetry.TelemetryNames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** The committed alerts of one device on {@code vigil.telemetry.alerts}, as a consumer reading committed data sees them. */
final class AlertsOnTopic {

    private AlertsOnTopic() {}

    /**
     * The ids of the device's alerts, in topic order, once at least {@code expected} are there, plus any that follow
     * within a further poll (so that a duplicate committed with them would show).
     */
    static List<String> ids(
            String bootstrapServers, SchemaRegistry registry, String deviceKey, int expected, Duration wait) {
        Map<String, Object> settings = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                deviceKey + "-check",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed");
        List<String> ids = new ArrayList<>();
        try (KafkaConsumer<String, TelemetryAlert> consumer = new KafkaConsumer<>(
                settings,
                new StringDeserializer(),
                AvroSerde.of(TelemetryAlert.class, registry).deserializer())) {
            consumer.subscribe(List.of(TelemetryNames.ALERTS_TOPIC));
            await("alerts on the topic").atMost(wait).until(() -> {
                take(consumer.poll(Duration.ofMillis(200)), deviceKey, ids);
                return ids.size() >= expected;
            });
            take(consumer.poll(Duration.ofSeconds(2)), deviceKey, ids);
        }
        return ids;
    }

    /** The correlation ids on the device's alerts, once there is at least one. */
    static List<String> correlationIds(String bootstrapServers, String deviceKey, Duration wait) {
        Map<String, Object> settings = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                deviceKey + "-ids",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed");
        List<String> ids = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(settings, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(TelemetryNames.ALERTS_TOPIC));
            await("alerts on the topic").atMost(wait).until(() -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.key().equals(deviceKey)) {
                        ids.add(CorrelationIds.in(record.headers()).orElse("none"));
                    }
                }
                return !ids.isEmpty();
            });
        }
        return ids;
    }

    private static void take(Iterable<ConsumerRecord<String, TelemetryAlert>> records, String key, List<String> ids) {
        for (ConsumerRecord<String, TelemetryAlert> record : records) {
            if (record.key().equals(key)) {
                ids.add(record.value().getAlertId());
            }
        }
    }
}
