package io.vigil.connectors.webhook;

import io.vigil.schema.telemetry.DeliveryOutcome;
import io.vigil.schema.telemetry.WebhookDelivery;
import java.time.Instant;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every attempt (and every time a delivery is found held by an open breaker) to the attempt log topic, keyed
 * webhook_id, so that a project can see what happened to its webhooks. Writes are not awaited one by one: the sender
 * flushes the producer before it commits offsets, so an attempt whose alert's offset is committed is in the log.
 */
final class DeliveryLog {

    private static final Logger log = LoggerFactory.getLogger(DeliveryLog.class);

    private final Producer<String, byte[]> producer;
    private final Serializer<WebhookDelivery> serializer;
    private final String topic;

    DeliveryLog(Producer<String, byte[]> producer, Serializer<WebhookDelivery> serializer, String topic) {
        this.producer = producer;
        this.serializer = serializer;
        this.topic = topic;
    }

    /** The start of a log record for an attempt of {@code delivery} made (or found held) at {@code at}. */
    WebhookDelivery.Builder entry(PendingDelivery delivery, int attempt, Instant at, String breakerState) {
        return WebhookDelivery.newBuilder()
                .setWebhookId(delivery.webhookId())
                .setProjectId(delivery.projectId())
                .setMessageId(delivery.messageId())
                .setEventType(delivery.message().type().wireName())
                .setAttempt(attempt)
                .setBreakerState(breakerState)
                .setAttemptedAt(at);
    }

    void write(WebhookDelivery.Builder entry, DeliveryOutcome outcome) {
        WebhookDelivery record = entry.setOutcome(outcome).build();
        producer.send(
                new ProducerRecord<>(topic, record.getWebhookId(), serializer.serialize(topic, record)),
                (metadata, error) -> {
                    if (error != null) {
                        log.warn("A webhook attempt of {} was not logged: {}", record.getMessageId(), error.toString());
                    }
                });
    }

    /** Waits until every logged attempt is in Kafka. */
    void flush() {
        producer.flush();
    }
}
