package io.vigil.connectors.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PendingDeletesTest {

    private final PendingDeletes<String> pending = new PendingDeletes<>();

    @Test
    void shouldReleaseAMessageWhenItsOnlyRecordIsAcknowledged() {
        SourceRecord record = record("a");
        pending.track("m1", List.of(record));

        assertThat(pending.acknowledge(record)).contains("m1");
        assertThat(pending.messages()).isZero();
    }

    @Test
    void shouldReleaseAMessageOnlyOnceAllItsRecordsAreAcknowledged() {
        SourceRecord first = record("a");
        SourceRecord second = record("b");
        SourceRecord third = record("c");
        pending.track("m1", List.of(first, second, third));

        assertThat(pending.acknowledge(second)).isEmpty();
        assertThat(pending.acknowledge(first)).isEmpty();
        assertThat(pending.messages()).isEqualTo(1);
        assertThat(pending.acknowledge(third)).contains("m1");
    }

    @Test
    void shouldTellEqualRecordsOfDifferentMessagesApart() {
        SourceRecord ofFirst = record("same");
        SourceRecord ofSecond = record("same");
        pending.track("m1", List.of(ofFirst));
        pending.track("m2", List.of(ofSecond));

        assertThat(ofFirst).isEqualTo(ofSecond);
        assertThat(pending.acknowledge(ofSecond)).contains("m2");
        assertThat(pending.acknowledge(ofFirst)).contains("m1");
    }

    @Test
    void shouldReleaseAMessageOnceEvenWhenARecordIsAcknowledgedTwice() {
        SourceRecord first = record("a");
        SourceRecord second = record("b");
        pending.track("m1", List.of(first, second));

        assertThat(pending.acknowledge(first)).isEmpty();
        assertThat(pending.acknowledge(first)).isEmpty();
        assertThat(pending.acknowledge(second)).contains("m1");
        assertThat(pending.acknowledge(second)).isEmpty();
    }

    @Test
    void shouldIgnoreAnUnknownRecord() {
        pending.track("m1", List.of(record("a")));

        assertThat(pending.acknowledge(record("a"))).isEmpty();
        assertThat(pending.messages()).isEqualTo(1);
    }

    @Test
    void shouldRefuseAMessageWithoutRecordsOrWithARecordTrackedAlready() {
        SourceRecord record = record("a");
        pending.track("m1", List.of(record));

        assertThatThrownBy(() -> pending.track("m2", List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pending.track("m2", List.of(record("b"), record)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(pending.messages()).isEqualTo(1);
        assertThat(pending.acknowledge(record)).contains("m1");
    }

    @Test
    @Timeout(30)
    void shouldReleaseEveryMessageExactlyOnceWhenRecordsAreAcknowledgedOnManyThreads() throws Exception {
        int messages = 2_000;
        int recordsPerMessage = 3;
        List<SourceRecord> all = new ArrayList<>();
        for (int m = 0; m < messages; m++) {
            List<SourceRecord> records = IntStream.range(0, recordsPerMessage)
                    .mapToObj(i -> record("r"))
                    .toList();
            pending.track("m" + m, records);
            all.addAll(records);
        }
        Collections.shuffle(all);
        ConcurrentLinkedQueue<String> released = new ConcurrentLinkedQueue<>();
        int threads = 4;
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                List<SourceRecord> share = all.subList(t * all.size() / threads, (t + 1) * all.size() / threads);
                done.add(executor.submit(() -> {
                    start.await();
                    share.forEach(record -> pending.acknowledge(record).ifPresent(released::add));
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(20, TimeUnit.SECONDS);
            }
        } finally {
            executor.shutdownNow();
        }

        assertThat(released).hasSize(messages).doesNotHaveDuplicates();
        assertThat(pending.messages()).isZero();
    }

    private static SourceRecord record(String key) {
        return new SourceRecord(Map.of(), Map.of(), "t", null, Schema.STRING_SCHEMA, key, Schema.BYTES_SCHEMA, null);
    }
}
