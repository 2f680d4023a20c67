package io.vigil.connectors.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.internals.AutoOffsetResetStrategy;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class CommittingPollLoopTest {

    private static final TopicPartition PARTITION = new TopicPartition("vigil.test.events", 0);
    private static final Map<TopicPartition, OffsetAndMetadata> FINISHED = Map.of(PARTITION, new OffsetAndMetadata(5));

    @Test
    void shouldCommitTheFinishedWorkAtCloseEvenWhenCloseWakesTheFinalCommit() {
        List<Map<TopicPartition, OffsetAndMetadata>> commits = new ArrayList<>();
        MockConsumer<String, byte[]> consumer = new MockConsumer<>(AutoOffsetResetStrategy.EARLIEST.name()) {
            private boolean woken;

            @Override
            public synchronized void commitSync(Map<TopicPartition, OffsetAndMetadata> offsets) {
                // What a KafkaConsumer does when close()'s wakeup arrives after the last poll.
                if (!woken) {
                    woken = true;
                    throw new WakeupException();
                }
                commits.add(Map.copyOf(offsets));
            }
        };
        FixedLedger ledger = new FixedLedger();
        // An hour between commits, on a stopped clock: only the final commit commits.
        CommittingPollLoop loop = new CommittingPollLoop(
                consumer,
                List.of(PARTITION.topic()),
                ledger,
                new IdleWork(),
                Duration.ofHours(1),
                Clock.fixed(Instant.EPOCH, ZoneOffset.UTC),
                "vigil-test-loop");

        loop.start();
        loop.close();

        assertThat(commits).containsExactly(FINISHED);
        assertThat(ledger.committed).containsExactly(FINISHED);
        assertThat(consumer.closed()).isTrue();
    }

    /** Work finished before the loop starts: offset 5 may be committed until it is. */
    private static final class FixedLedger implements OffsetLedger {
        private final List<Map<TopicPartition, OffsetAndMetadata>> committed = new ArrayList<>();

        @Override
        public Map<TopicPartition, OffsetAndMetadata> committable() {
            return committed.isEmpty() ? FINISHED : Map.of();
        }

        @Override
        public void committed(Map<TopicPartition, OffsetAndMetadata> offsets) {
            committed.add(offsets);
        }

        @Override
        public void forget(Collection<TopicPartition> partitions) {}
    }

    private static final class IdleWork implements CommittingPollLoop.Work {
        @Override
        public Duration beforePoll() {
            return Duration.ofMillis(10);
        }

        @Override
        public void accept(ConsumerRecord<String, byte[]> record) {}

        @Override
        public void applyFinished() {}

        @Override
        public void finishInFlight() {}
    }
}
