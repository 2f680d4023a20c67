package io.vigil.bench.telemetry;

import io.vigil.bench.harness.BenchClients;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The baseline's round trip: encoded batches produced to a topic of their own by a plain producer set as the API's
 * (acks=all, idempotent, no linger: one batch a record, sent as it comes), and read back by a plain consumer that
 * decodes nothing, on a thread of its own, positioned at the end before each round.
 */
final class RawRoundTrip implements AutoCloseable {

    /** One batch as the API writes it: its key and its Avro value in Confluent framing. */
    record Encoded(String key, byte[] value) {}

    private static final Duration POLL = Duration.ofMillis(100);

    private final String topic;
    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread named = new Thread(runnable, "telemetry-bench-raw-reader");
        named.setDaemon(true);
        return named;
    });

    RawRoundTrip(String bootstrapServers, List<TopicPartition> partitions) throws Exception {
        this.topic = partitions.get(0).topic();
        this.producer = BenchClients.idempotentProducer(bootstrapServers, 0);
        this.consumer = BenchClients.committedReader(bootstrapServers, new ByteArrayDeserializer());
        thread.submit(() -> consumer.assign(partitions)).get();
    }

    /** Moves to the end of every partition, so that the next {@link #read} sees only what is sent after. */
    void toEnd() throws Exception {
        thread.submit(() -> {
                    consumer.seekToEnd(consumer.assignment());
                    consumer.assignment().forEach(consumer::position);
                })
                .get();
    }

    /**
     * Starts reading until {@code count} records have arrived, or gives up after {@code timeout} so that the thread is
     * free for {@link #close}; the future gives the bytes read.
     */
    Future<Long> read(long count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        return thread.submit(() -> {
            long read = 0;
            long bytes = 0;
            while (read < count) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("only " + read + " of " + count + " records within " + timeout);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    bytes += record.serializedValueSize();
                    read++;
                }
            }
            return bytes;
        });
    }

    /** Sends every batch without waiting between them and returns once all are acknowledged. */
    void send(List<Encoded> batches) {
        AtomicReference<Exception> failure = new AtomicReference<>();
        for (Encoded batch : batches) {
            producer.send(new ProducerRecord<>(topic, batch.key(), batch.value()), (metadata, exception) -> {
                if (exception != null) {
                    failure.compareAndSet(null, exception);
                }
            });
        }
        producer.flush();
        if (failure.get() != null) {
            throw new IllegalStateException("producing the raw batches failed", failure.get());
        }
    }

    @Override
    public void close() {
        try {
            producer.close();
            thread.submit((Runnable) consumer::close).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot close the raw round trip", e);
        } finally {
            thread.shutdown();
        }
    }
}
