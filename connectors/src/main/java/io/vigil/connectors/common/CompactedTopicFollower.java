package io.vigil.connectors.common;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps an in-memory view of a compacted topic: reads every partition from the beginning to its end, then follows it on
 * a thread of its own. A runner that looks things up in that view (quality rules, webhook subscriptions) must not start
 * before the view is complete, or it would act on a partial one: {@link #start} returns only once the topic has been
 * read to its end. The caller's {@code apply} sees every record in partition order, deletions (null values) included.
 */
public final class CompactedTopicFollower implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CompactedTopicFollower.class);
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(200);

    private final org.apache.kafka.clients.consumer.Consumer<String, byte[]> consumer;
    private final String topic;
    private final Consumer<ConsumerRecord<String, byte[]>> apply;
    private final Thread follower;
    private volatile boolean running = true;

    /**
     * @param consumer a consumer without a group; this object owns and closes it
     * @param apply called on the loading thread, then on the follower thread, never on both at once
     */
    public CompactedTopicFollower(
            org.apache.kafka.clients.consumer.Consumer<String, byte[]> consumer,
            String topic,
            Consumer<ConsumerRecord<String, byte[]>> apply) {
        this.consumer = consumer;
        this.topic = topic;
        this.apply = apply;
        this.follower = new Thread(this::follow, "vigil-follow-" + topic);
        this.follower.setDaemon(true);
    }

    /** Reads the topic to its end, then follows it. */
    public void start(Duration timeout) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey(), timeout) < end.getValue())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(topic + " was not read to its end within " + timeout);
            }
            consumer.poll(POLL_TIMEOUT).forEach(apply);
        }
        follower.start();
    }

    private void follow() {
        try {
            while (running) {
                consumer.poll(POLL_TIMEOUT).forEach(apply);
            }
        } catch (WakeupException closing) {
            // close() woke the poll
        } catch (RuntimeException e) {
            log.error("Following {} stopped; its changes are not seen until restart", topic, e);
        } finally {
            consumer.close();
        }
    }

    @Override
    public void close() {
        running = false;
        if (follower.isAlive()) {
            consumer.wakeup();
            try {
                follower.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else {
            consumer.close();
        }
    }
}
