package io.vigil.bench.fault;

import io.vigil.schema.registry.SchemaRegistry;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.schema.telemetry.WebhookDelivery;
import io.vigil.topology.telemetry.TelemetryNames;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;

/** The breaker states one webhook's delivery attempts were logged with on {@code vigil.telemetry.webhook-deliveries}. */
final class BreakerStates implements AutoCloseable {

    private final Deserializer<WebhookDelivery> decoder;
    private final String webhookId;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final TopicTail tail;

    BreakerStates(String bootstrapServers, SchemaRegistry registry, String webhookId) {
        this.webhookId = webhookId;
        this.decoder = AvroSerde.of(WebhookDelivery.class, registry).deserializer();
        this.tail = new TopicTail(bootstrapServers, Set.of(TelemetryNames.WEBHOOK_DELIVERIES_TOPIC), this::take);
    }

    private void take(ConsumerRecord<String, byte[]> record) {
        WebhookDelivery attempt = decoder.deserialize(record.topic(), record.value());
        if (attempt.getWebhookId().equals(webhookId)) {
            seen.add(attempt.getBreakerState());
        }
    }

    boolean hasSeen(String state) {
        return seen.contains(state);
    }

    @Override
    public void close() throws InterruptedException {
        tail.close();
    }
}
