package io.vigil.connectors.common;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The poll thread of a runner that works on records asynchronously and commits an offset only once the work of every
 * record before it is finished (the S3 object reader, the webhook sender): it polls, commits at most once per commit
 * interval, commits what is finished before its partitions are revoked, and on {@link #close()} lets the work in flight
 * finish and commits once more before closing the consumer.
 *
 * <p>The runner keeps only its own logic, behind {@link Work}, and its offsets, behind {@link OffsetLedger}; both are
 * called on the poll thread only, the only thread that uses the consumer.
 */
public final class CommittingPollLoop implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CommittingPollLoop.class);

    private final Consumer<String, byte[]> consumer;
    private final List<String> topics;
    private final OffsetLedger ledger;
    private final Work work;
    private final Duration commitInterval;
    private final Clock clock;
    private final String name;
    private final Thread pollThread;
    private volatile boolean running = true;
    private long lastCommitMillis;

    /**
     * @param consumer a consumer with auto-commit off; the loop owns and closes it
     * @param name names the poll thread and the runner in log lines
     */
    public CommittingPollLoop(
            Consumer<String, byte[]> consumer,
            Collection<String> topics,
            OffsetLedger ledger,
            Work work,
            Duration commitInterval,
            Clock clock,
            String name) {
        this.consumer = consumer;
        this.topics = List.copyOf(topics);
        this.ledger = ledger;
        this.work = work;
        this.commitInterval = commitInterval;
        this.clock = clock;
        this.name = name;
        this.pollThread = new Thread(this::pollLoop, name);
    }

    /** Starts polling. */
    public void start() {
        pollThread.start();
    }

    /** False once {@link #close()} is called: work that fails from then on is left to whoever polls it next. */
    public boolean running() {
        return running;
    }

    private void pollLoop() {
        consumer.subscribe(topics, new Rebalance());
        try {
            while (running) {
                Duration pollTimeout = work.beforePoll();
                consumer.poll(pollTimeout).forEach(work::accept);
                commit(false);
            }
        } catch (WakeupException | InterruptedException closing) {
            // close() woke the poll or the wait
        } catch (RuntimeException e) {
            log.error("{} stopped", name, e);
        } finally {
            shutDown();
        }
    }

    private void commit(boolean now) {
        long nowMillis = clock.millis();
        if (!now && nowMillis - lastCommitMillis < commitInterval.toMillis()) {
            return;
        }
        lastCommitMillis = nowMillis;
        Map<TopicPartition, OffsetAndMetadata> committable = ledger.committable();
        if (committable.isEmpty()) {
            return;
        }
        try {
            work.beforeCommit();
            commitSync(committable);
            ledger.committed(committable);
        } catch (KafkaException e) {
            // The records after the last commit are worked on again by whoever owns their partitions, which both
            // runners are built for (reads are idempotent, webhook messages keep their ids).
            log.warn("{}: committing offsets failed: {}", name, e.toString());
        }
    }

    private void commitSync(Map<TopicPartition, OffsetAndMetadata> committable) {
        try {
            consumer.commitSync(committable);
        } catch (WakeupException closing) {
            // close() woke the consumer after its last poll. A wakeup is spent once thrown: the commit goes through
            // now.
            consumer.commitSync(committable);
        }
    }

    private void shutDown() {
        work.finishInFlight();
        commit(true);
        consumer.close();
    }

    /** Stops polling, lets the work in flight finish (up to the runner's shutdown timeout), commits what is done. */
    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            pollThread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A runner's own logic, called by the poll thread. */
    public interface Work {

        /**
         * Applies the work finished, starts what may start, pauses or resumes partitions.
         *
         * @return how long the next poll may wait for records
         * @throws InterruptedException when close() interrupts a wait; the loop then shuts down
         */
        Duration beforePoll() throws InterruptedException;

        /** Takes a polled record on. */
        void accept(ConsumerRecord<String, byte[]> record);

        /** Applies the outcomes of the work finished since the last call; called before partitions are revoked. */
        void applyFinished();

        /** Makes what the work wrote durable before its offsets are committed; nothing by default. */
        default void beforeCommit() {}

        /** Lets the work in flight finish, up to the runner's shutdown timeout, and applies its outcomes. */
        void finishInFlight();
    }

    private final class Rebalance implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            work.applyFinished();
            commit(true);
            ledger.forget(partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {}

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            ledger.forget(partitions);
        }
    }
}
