package io.vigil.connectors.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class OffsetTrackerTest {

    private static final TopicPartition P0 = new TopicPartition("events", 0);
    private static final TopicPartition P1 = new TopicPartition("events", 1);

    private final OffsetTracker tracker = new OffsetTracker();

    @Test
    void shouldCommitOnlyBelowTheLowestUnfinishedOffset() {
        for (long offset = 10; offset < 15; offset++) {
            tracker.polled(P0, offset);
        }
        tracker.finished(P0, 10);
        tracker.finished(P0, 12);
        tracker.finished(P0, 13);

        assertThat(tracker.committable()).containsExactly(Map.entry(P0, new OffsetAndMetadata(11)));
    }

    @Test
    void shouldCommitPastTheLastPolledRecordOnceEverythingIsFinished() {
        tracker.polled(P0, 3);
        tracker.polled(P0, 4);
        tracker.finished(P0, 4);
        tracker.finished(P0, 3);

        assertThat(tracker.committable()).containsExactly(Map.entry(P0, new OffsetAndMetadata(5)));
    }

    @Test
    void shouldNotCommitAPartitionAgainUntilItMoves() {
        tracker.polled(P0, 0);
        tracker.polled(P1, 0);
        tracker.finished(P0, 0);
        tracker.committed(tracker.committable());

        assertThat(tracker.committable()).isEmpty();

        tracker.finished(P1, 0);
        assertThat(tracker.committable()).containsExactly(Map.entry(P1, new OffsetAndMetadata(1)));
    }

    @Test
    void shouldIgnoreRecordsOfAPartitionItNoLongerOwns() {
        tracker.polled(P0, 7);
        tracker.forget(List.of(P0));
        tracker.finished(P0, 7);

        assertThat(tracker.owns(P0)).isFalse();
        assertThat(tracker.committable()).isEmpty();
    }
}
