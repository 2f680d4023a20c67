package io.vigil.connectors.common;

import java.util.Collection;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * What a runner holds of its partitions, as far as the {@link CommittingPollLoop} needs it: which offsets are safe to
 * commit, and what to drop when partitions go to another instance. Used by the poll thread only.
 */
public interface OffsetLedger {

    /** The offsets to commit now: below them, every record is finished. */
    Map<TopicPartition, OffsetAndMetadata> committable();

    /** Records that {@code offsets} were committed, so they are not committed again. */
    void committed(Map<TopicPartition, OffsetAndMetadata> offsets);

    /** Drops what is held of partitions this instance no longer owns; their new owner handles them again. */
    void forget(Collection<TopicPartition> partitions);
}
