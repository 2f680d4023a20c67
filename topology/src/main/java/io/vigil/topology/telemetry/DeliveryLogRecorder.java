package io.vigil.topology.telemetry;

import io.vigil.schema.telemetry.WebhookDelivery;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps the latest webhook delivery attempts of every webhook, newest first, for the API: the delivery log and the
 * breaker state as of the last attempt. Older attempts beyond the configured number are dropped every
 * {@value #PRUNE_EVERY} attempts of a task, so the number kept may briefly exceed it by that much.
 */
final class DeliveryLogRecorder implements Processor<String, WebhookDelivery, Void, Void> {

    static final int PRUNE_EVERY = 64;
    private static final StringSerializer KEYS = new StringSerializer();

    private final int keptPerWebhook;
    private KeyValueStore<String, WebhookDelivery> deliveries;
    private int sincePrune;

    DeliveryLogRecorder(int keptPerWebhook) {
        this.keptPerWebhook = keptPerWebhook;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        deliveries = context.getStateStore(TelemetryNames.DELIVERIES_STORE);
    }

    @Override
    public void process(Record<String, WebhookDelivery> record) {
        WebhookDelivery delivery = record.value();
        if (delivery == null) {
            return;
        }
        if (!delivery.getWebhookId().equals(record.key())) {
            throw new InvalidTelemetryException(
                    "Delivery attempt of webhook " + delivery.getWebhookId() + " is keyed " + record.key());
        }
        String owner = TelemetryKeys.scoped(delivery.getProjectId(), delivery.getWebhookId());
        String id = delivery.getMessageId() + "|" + delivery.getAttempt();
        deliveries.put(TelemetryKeys.newestFirst(owner, delivery.getAttemptedAt(), id), delivery);
        if (++sincePrune >= PRUNE_EVERY) {
            sincePrune = 0;
            prune(owner);
        }
    }

    private void prune(String owner) {
        List<String> beyond = new ArrayList<>();
        try (KeyValueIterator<String, WebhookDelivery> newest =
                deliveries.prefixScan(TelemetryKeys.entriesOf(owner), KEYS)) {
            int kept = 0;
            while (newest.hasNext()) {
                String key = newest.next().key;
                if (++kept > keptPerWebhook) {
                    beyond.add(key);
                }
            }
        }
        beyond.forEach(deliveries::delete);
    }
}
