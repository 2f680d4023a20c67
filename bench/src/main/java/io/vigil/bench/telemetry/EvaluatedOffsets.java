package io.vigil.bench.telemetry;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Whether the topology has evaluated every batch in {@code vigil.telemetry.events}: its consumer group (the
 * application id) has committed offsets at the end of every partition. Under exactly-once the offsets commit in the
 * transaction that wrote the batch's windows and alerts, so a batch counts only once its evaluation is durable.
 */
final class EvaluatedOffsets {

    /** How often the committed offsets are read: small against a round, and cheap for the broker. */
    private static final Duration CHECK_EVERY = Duration.ofMillis(20);

    private final Admin admin;
    private final String groupId;
    private final List<TopicPartition> partitions;

    EvaluatedOffsets(Admin admin, String groupId, List<TopicPartition> partitions) {
        this.admin = admin;
        this.groupId = groupId;
        this.partitions = List.copyOf(partitions);
    }

    /** The end offset of every partition now. */
    Map<TopicPartition, Long> ends() throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetSpec> latest =
                partitions.stream().collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get().entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, entry -> entry.getValue().offset()));
    }

    /** Blocks until the group has committed at least {@code ends} on every partition. */
    void await(Map<TopicPartition, Long> ends, Duration timeout) throws ExecutionException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long behind;
        while ((behind = behind(ends)) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        groupId + " is still " + behind + " batches behind the end after " + timeout);
            }
            Thread.sleep(CHECK_EVERY.toMillis()); // committed offsets can only be polled: there is nothing to wait on
        }
    }

    private long behind(Map<TopicPartition, Long> ends) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                .partitionsToOffsetAndMetadata()
                .get();
        return ends.entrySet().stream()
                .mapToLong(end -> {
                    OffsetAndMetadata at = committed.get(end.getKey());
                    return Math.max(0, end.getValue() - (at == null ? 0 : at.offset()));
                })
                .sum();
    }
}
