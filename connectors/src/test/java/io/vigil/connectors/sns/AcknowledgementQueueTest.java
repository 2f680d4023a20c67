package io.vigil.connectors.sns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

class AcknowledgementQueueTest {

    private final AcknowledgementQueue queue = new AcknowledgementQueue(2);

    @Test
    void shouldCompleteAMessageOnlyWhenEveryRecordIsAcknowledged() throws Exception {
        SourceRecord first = record("a");
        SourceRecord second = record("b");
        CompletableFuture<Void> done = queue.submit(List.of(first, second));

        List<SourceRecord> polled = queue.poll(Duration.ofSeconds(1));
        queue.acknowledge(first);

        assertThat(polled).containsExactly(first, second);
        assertThat(done).isNotDone();
        queue.acknowledge(second);
        assertThat(done).isCompleted();
    }

    @Test
    void shouldTellEqualRecordsOfTwoMessagesApart() throws Exception {
        CompletableFuture<Void> original = queue.submit(List.of(record("a")));
        CompletableFuture<Void> duplicate = queue.submit(List.of(record("a")));
        List<SourceRecord> polled = queue.poll(Duration.ofSeconds(1));

        queue.acknowledge(polled.get(1));

        assertThat(duplicate).isCompleted();
        assertThat(original).isNotDone();
    }

    @Test
    void shouldReturnNothingWhenIdle() throws Exception {
        assertThat(queue.poll(Duration.ofMillis(10))).isEmpty();
    }

    @Test
    void shouldRefuseAMessageWhenTheQueueIsFull() {
        queue.submit(List.of(record("a")));
        queue.submit(List.of(record("b")));

        assertThat(queue.submit(List.of(record("c")))).isCompletedExceptionally();
    }

    @Test
    void shouldFailWaitingAndInFlightMessagesOnClose() throws Exception {
        CompletableFuture<Void> inFlight = queue.submit(List.of(record("a")));
        queue.poll(Duration.ofSeconds(1));
        CompletableFuture<Void> waiting = queue.submit(List.of(record("b")));

        queue.close();

        assertThat(inFlight).isCompletedExceptionally();
        assertThat(waiting).isCompletedExceptionally();
        assertThat(queue.submit(List.of(record("c")))).isCompletedExceptionally();
    }

    private static SourceRecord record(String key) {
        return new SourceRecord(null, null, "t", null, Schema.STRING_SCHEMA, key, Schema.BYTES_SCHEMA, new byte[0]);
    }
}
