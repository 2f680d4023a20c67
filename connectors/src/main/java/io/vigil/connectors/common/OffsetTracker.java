package io.vigil.connectors.common;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Which offsets may be committed when records finish out of order: per partition, everything below the lowest record
 * still waiting or in flight. A crash therefore never skips a record; it may handle some again. Shared by the runners
 * that work on several records of a partition at once (the S3 object reader, the webhook sender); used by a runner's
 * poll thread only.
 */
public final class OffsetTracker {

    private final Map<TopicPartition, TreeSet<Long>> unfinished = new HashMap<>();
    private final Map<TopicPartition, Long> nextOffset = new HashMap<>();
    private final Map<TopicPartition, Long> committed = new HashMap<>();

    public void polled(TopicPartition partition, long offset) {
        unfinished.computeIfAbsent(partition, p -> new TreeSet<>()).add(offset);
        nextOffset.merge(partition, offset + 1, Math::max);
    }

    /** Marks a record done; a record of a partition this instance no longer owns is ignored. */
    public void finished(TopicPartition partition, long offset) {
        TreeSet<Long> offsets = unfinished.get(partition);
        if (offsets != null) {
            offsets.remove(offset);
        }
    }

    /** The offsets to commit now: only partitions that moved since the last commit. */
    public Map<TopicPartition, OffsetAndMetadata> committable() {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        nextOffset.forEach((partition, next) -> {
            TreeSet<Long> waiting = unfinished.get(partition);
            long commit = waiting.isEmpty() ? next : waiting.first();
            if (commit > committed.getOrDefault(partition, -1L)) {
                offsets.put(partition, new OffsetAndMetadata(commit));
            }
        });
        return offsets;
    }

    public void committed(Map<TopicPartition, OffsetAndMetadata> offsets) {
        offsets.forEach((partition, offset) -> committed.put(partition, offset.offset()));
    }

    public void forget(Collection<TopicPartition> partitions) {
        partitions.forEach(partition -> {
            unfinished.remove(partition);
            nextOffset.remove(partition);
            committed.remove(partition);
        });
    }

    public boolean owns(TopicPartition partition) {
        return nextOffset.containsKey(partition);
    }
}
