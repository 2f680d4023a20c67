package io.vigil.connectors.webhook;

import io.vigil.connectors.common.OffsetLedger;
import io.vigil.connectors.common.OffsetTracker;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The deliveries a sender holds — waiting for their due time (a retry, an open breaker) or being attempted — and the
 * offsets that are safe to commit because every delivery of every alert before them is finished. Used by the sender's
 * poll thread only.
 */
final class DeliveryBook implements OffsetLedger {

    private final OffsetTracker offsets = new OffsetTracker();
    private final PriorityQueue<PendingDelivery> waiting =
            new PriorityQueue<>(Comparator.comparing(PendingDelivery::dueAt));
    private final Map<TopicPartition, Set<PolledAlert>> held = new HashMap<>();
    private int unfinished;

    /** Notes an alert polled with nobody to deliver it to (or unreadable): finished at once. */
    void skipped(TopicPartition partition, long offset) {
        offsets.polled(partition, offset);
        offsets.finished(partition, offset);
    }

    /** Notes an alert polled with deliveries to make; they are added with {@link #schedule}. */
    void polled(PolledAlert alert) {
        offsets.polled(alert.partition(), alert.offset());
        held.computeIfAbsent(alert.partition(), p -> new HashSet<>()).add(alert);
        unfinished += alert.unfinished();
    }

    /** Queues a delivery for its due time, unless its alert's partition went to another instance meanwhile. */
    void schedule(PendingDelivery delivery) {
        if (!delivery.alert().forgotten()) {
            waiting.add(delivery);
        }
    }

    /** The first delivery due at {@code now}, taken out of the queue; null if none is. */
    PendingDelivery takeDue(Instant now) {
        PendingDelivery first = waiting.peek();
        return first != null && !first.dueAt().isAfter(now) ? waiting.poll() : null;
    }

    /** A delivery is over (delivered, or given up): once all of its alert's are, the alert's offset may be committed. */
    void finished(PendingDelivery delivery) {
        PolledAlert alert = delivery.alert();
        if (alert.forgotten()) {
            return;
        }
        unfinished--;
        if (alert.deliveryFinished()) {
            offsets.finished(alert.partition(), alert.offset());
            held.get(alert.partition()).remove(alert);
        }
    }

    /** Deliveries waiting or being attempted: what the bound on waiting work counts. */
    int unfinished() {
        return unfinished;
    }

    /** Drops what this sender held of partitions it no longer owns; their new owner sends them again. */
    @Override
    public void forget(Collection<TopicPartition> partitions) {
        for (TopicPartition partition : partitions) {
            for (PolledAlert alert : held.getOrDefault(partition, Set.of())) {
                unfinished -= alert.unfinished();
                alert.forget();
            }
            held.remove(partition);
        }
        waiting.removeIf(delivery -> delivery.alert().forgotten());
        offsets.forget(partitions);
    }

    @Override
    public Map<TopicPartition, OffsetAndMetadata> committable() {
        return offsets.committable();
    }

    @Override
    public void committed(Map<TopicPartition, OffsetAndMetadata> committed) {
        offsets.committed(committed);
    }
}
