package io.vigil.bench.harness;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How far a consumer group (the topology's application id) is behind the end of some topics, by its committed
 * offsets: under exactly-once a record counts as processed only once the transaction that processed it commits.
 */
public final class GroupProgress {

    private static final Logger log = LoggerFactory.getLogger(GroupProgress.class);
    private static final Duration LOG_EVERY = Duration.ofSeconds(30);

    private final Admin admin;
    private final String groupId;
    private final Duration checkEvery;

    /** @param checkEvery how often committed offsets are read: small against what is timed, cheap for the broker */
    public GroupProgress(Admin admin, String groupId, Duration checkEvery) {
        this.admin = admin;
        this.groupId = groupId;
        this.checkEvery = checkEvery;
    }

    /** Blocks until the group has committed every record now in {@code topics}. */
    public void awaitCaughtUp(Collection<String> topics, Duration timeout) throws InterruptedException {
        awaitCommitted(endOffsets(topics), timeout);
    }

    /** Blocks until the group has committed at least {@code ends} on every partition named. */
    public void awaitCommitted(Map<TopicPartition, Long> ends, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Collection<String> topics = ends.keySet().stream()
                .map(TopicPartition::topic)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        long nextLog = System.nanoTime() + LOG_EVERY.toNanos();
        long behind;
        while ((behind = behind(ends)) > 0) {
            long now = System.nanoTime();
            if (now > deadline) {
                throw new IllegalStateException(
                        groupId + " is still " + behind + " records behind " + topics + " after " + timeout);
            }
            if (now > nextLog) {
                log.info("{} is {} records behind {}", groupId, behind, topics);
                nextLog = now + LOG_EVERY.toNanos();
            }
            Thread.sleep(checkEvery.toMillis()); // committed offsets can only be polled: there is nothing to wait on
        }
    }

    /** The end offset of every partition of {@code topics}. */
    public Map<TopicPartition, Long> endOffsets(Collection<String> topics) {
        try {
            Map<String, TopicDescription> described =
                    admin.describeTopics(topics).allTopicNames().get();
            Map<TopicPartition, OffsetSpec> latest = described.values().stream()
                    .flatMap(topic -> topic.partitions().stream()
                            .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                    .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get().entrySet().stream()
                    .collect(Collectors.toMap(
                            Map.Entry::getKey, entry -> entry.getValue().offset()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the end offsets of " + topics, e.getCause());
        }
    }

    private long behind(Map<TopicPartition, Long> ends) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                    .partitionsToOffsetAndMetadata()
                    .get();
            return ends.entrySet().stream()
                    .mapToLong(end -> {
                        OffsetAndMetadata at = committed.get(end.getKey());
                        return Math.max(0, end.getValue() - (at == null ? 0 : at.offset()));
                    })
                    .sum();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the offsets of " + groupId, e.getCause());
        }
    }
}
