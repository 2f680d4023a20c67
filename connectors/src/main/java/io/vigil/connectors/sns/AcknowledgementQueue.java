package io.vigil.connectors.sns;

import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Hands the records of each accepted message from the HTTP handlers to {@code poll()}, and tells each handler when
 * all of its message's records are acknowledged, so that SNS hears 2xx only for what Kafka holds. Thread-safe.
 */
final class AcknowledgementQueue {

    /** Why a message's future failed: the task is stopping, or too many messages wait for {@code poll()}. */
    static final class NotAccepted extends Exception {
        private static final long serialVersionUID = 1L;

        NotAccepted(String reason) {
            super(reason, null, false, false);
        }
    }

    private final BlockingQueue<Batch> waiting;
    // Keyed by identity: Connect hands back the very record poll() returned, and equal records may come twice.
    private final Map<SourceRecord, Batch> inFlight = new IdentityHashMap<>();
    private boolean closed;

    AcknowledgementQueue(int capacity) {
        this.waiting = new ArrayBlockingQueue<>(capacity);
    }

    /** Queues one message's records; the future completes once every one of them is acknowledged. */
    CompletableFuture<Void> submit(List<SourceRecord> records) {
        Batch batch = new Batch(List.copyOf(records));
        if (records.isEmpty()) {
            batch.done.complete(null);
            return batch.done;
        }
        synchronized (this) {
            if (closed) {
                batch.done.completeExceptionally(new NotAccepted("the task is stopping"));
            } else if (!waiting.offer(batch)) {
                batch.done.completeExceptionally(new NotAccepted("too many messages wait for Kafka"));
            }
        }
        return batch.done;
    }

    /** The records of the messages waiting, after waiting up to {@code timeout} for one; empty when none came. */
    List<SourceRecord> poll(Duration timeout) throws InterruptedException {
        Batch first = waiting.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (first == null) {
            return List.of();
        }
        List<Batch> batches = new ArrayList<>();
        batches.add(first);
        waiting.drainTo(batches);
        List<SourceRecord> records = new ArrayList<>();
        synchronized (this) {
            for (Batch batch : batches) {
                if (closed) {
                    batch.done.completeExceptionally(new NotAccepted("the task is stopping"));
                    continue;
                }
                batch.records.forEach(record -> inFlight.put(record, batch));
                records.addAll(batch.records);
            }
        }
        return records;
    }

    /** Marks one record as written; completes its message's future when it was the last one. */
    void acknowledge(SourceRecord record) {
        Batch batch;
        synchronized (this) {
            batch = inFlight.remove(record);
        }
        if (batch != null && batch.remaining.decrementAndGet() == 0) {
            batch.done.complete(null);
        }
    }

    /** Fails every message not yet acknowledged, and every later one. */
    void close() {
        List<Batch> pending = new ArrayList<>();
        synchronized (this) {
            closed = true;
            waiting.drainTo(pending);
            pending.addAll(inFlight.values());
            inFlight.clear();
        }
        NotAccepted stopping = new NotAccepted("the task is stopping");
        pending.forEach(batch -> batch.done.completeExceptionally(stopping));
    }

    private static final class Batch {
        final List<SourceRecord> records;
        final AtomicInteger remaining;
        final CompletableFuture<Void> done = new CompletableFuture<>();

        Batch(List<SourceRecord> records) {
            this.records = records;
            this.remaining = new AtomicInteger(records.size());
        }
    }
}
