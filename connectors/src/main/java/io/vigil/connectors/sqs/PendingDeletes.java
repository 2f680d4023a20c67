package io.vigil.connectors.sqs;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Which received messages still have records on their way to Kafka. A message may be deleted from its queue once every
 * one of its records has been acknowledged. Records are told apart by identity: Connect hands back to
 * {@code commitRecord} the very instance {@code poll} returned (before any transformation). Thread-safe: records are
 * tracked on the task's poll thread and acknowledged on the producer's callback thread.
 *
 * @param <M> what identifies a message
 */
final class PendingDeletes<M> {

    private final Map<SourceRecord, Outstanding<M>> byRecord = new IdentityHashMap<>();
    private int messages;

    /**
     * Starts waiting for {@code records}, all produced from {@code message}.
     *
     * @throws IllegalArgumentException if there are no records (such a message can be deleted at once), or one of
     *     them is tracked already
     */
    synchronized void track(M message, Collection<SourceRecord> records) {
        if (records.isEmpty()) {
            throw new IllegalArgumentException("a message without records has nothing to wait for");
        }
        if (records.stream().anyMatch(byRecord::containsKey)) {
            throw new IllegalArgumentException("a record of this message is already tracked");
        }
        Outstanding<M> outstanding = new Outstanding<>(message, records.size());
        records.forEach(record -> byRecord.put(record, outstanding));
        messages++;
    }

    /**
     * Marks {@code record} as committed to Kafka (or filtered out).
     *
     * @return its message, if this was the message's last outstanding record; empty for an unknown record or one
     *     acknowledged before
     */
    synchronized Optional<M> acknowledge(SourceRecord record) {
        Outstanding<M> outstanding = byRecord.remove(record);
        if (outstanding == null || --outstanding.remaining > 0) {
            return Optional.empty();
        }
        messages--;
        return Optional.of(outstanding.message);
    }

    /** How many messages still wait for records. */
    synchronized int messages() {
        return messages;
    }

    private static final class Outstanding<M> {
        private final M message;
        private int remaining;

        Outstanding(M message, int remaining) {
            this.message = message;
            this.remaining = remaining;
        }
    }
}
