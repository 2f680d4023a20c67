package io.vigil.connectors.s3;

import io.vigil.connectors.common.OffsetLedger;
import io.vigil.connectors.common.OffsetTracker;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The objects a reader holds — polled and waiting for a slot, or being read — and the offsets that are safe to commit
 * because every object before them is done. Used by the reader's poll thread only.
 */
final class PendingWork implements OffsetLedger {

    private final OffsetTracker offsets = new OffsetTracker();
    private final Deque<PendingObject> waiting = new ArrayDeque<>();

    void polled(TopicPartition partition, long offset) {
        offsets.polled(partition, offset);
    }

    void waitForSlot(PendingObject object) {
        waiting.addLast(object);
    }

    /** The next object to read, or null. */
    PendingObject next() {
        return waiting.pollFirst();
    }

    /** Puts an object whose read failed first in line again, unless its partition went to another reader. */
    void retry(PendingObject object) {
        if (offsets.owns(object.partition())) {
            waiting.addFirst(object);
        }
    }

    void done(TopicPartition partition, long offset) {
        offsets.finished(partition, offset);
    }

    boolean hasWaiting() {
        return !waiting.isEmpty();
    }

    int waitingCount() {
        return waiting.size();
    }

    /** Drops what this reader held of partitions it no longer owns; their new owner reads them again. */
    @Override
    public void forget(Collection<TopicPartition> partitions) {
        waiting.removeIf(object -> partitions.contains(object.partition()));
        offsets.forget(partitions);
    }

    @Override
    public Map<TopicPartition, OffsetAndMetadata> committable() {
        return offsets.committable();
    }

    @Override
    public void committed(Map<TopicPartition, OffsetAndMetadata> offsets) {
        this.offsets.committed(offsets);
    }
}
