package io.vigil.api.write;

import io.vigil.api.error.ApiException;
import io.vigil.api.trace.RequestIds;
import io.vigil.schema.trace.CorrelationIds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the API writes: one record to a topic, answered only once Kafka has acknowledged it (the producer runs with
 * {@code acks=all} and idempotence), so a 2xx means the write is durable. A write Kafka does not acknowledge in time
 * is a 503 with {@code Retry-After}: the client retries, and the topology's handling is idempotent. Every record
 * carries the request's id in a {@value CorrelationIds#HEADER} header.
 */
public final class TopicWriter {

    static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(TopicWriter.class);

    private final Producer<String, byte[]> producer;
    private final Duration timeout;

    /** @param producer shared by every route, configured with {@code acks=all}; closed by its owner */
    public TopicWriter(Producer<String, byte[]> producer, Duration timeout) {
        this.producer = producer;
        this.timeout = timeout;
    }

    /** Writes {@code value} (null: a tombstone) under {@code key} and waits for the acknowledgement. */
    public <T> void write(String topic, String key, T value, Serializer<T> serializer) {
        send(record(topic, null, key, serializer.serialize(topic, value)));
    }

    /**
     * Writes every value under its key: all are sent before any acknowledgement is awaited, so a batch costs about one
     * round trip to Kafka, not one per record. Returns once every record is acknowledged.
     */
    public <T> void writeAll(String topic, List<T> values, Function<T, String> key, Serializer<T> serializer) {
        List<Future<RecordMetadata>> sent = new ArrayList<>(values.size());
        for (T value : values) {
            sent.add(producer.send(record(topic, null, key.apply(value), serializer.serialize(topic, value))));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Future<RecordMetadata> acknowledgement : sent) {
            await(acknowledgement, topic, Math.max(0, deadline - System.nanoTime()));
        }
    }

    /** Writes one record to every partition of {@code topic}, e.g. a command every task must see. */
    public <T> int writeToEveryPartition(String topic, String key, T value, Serializer<T> serializer) {
        int partitions = producer.partitionsFor(topic).size();
        byte[] bytes = serializer.serialize(topic, value);
        for (int partition = 0; partition < partitions; partition++) {
            send(record(topic, partition, key, bytes));
        }
        return partitions;
    }

    /** A record that carries the correlation id of the request being served, when there is one. */
    private static ProducerRecord<String, byte[]> record(String topic, Integer partition, String key, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, partition, key, value);
        String requestId = RequestIds.current();
        if (requestId != null) {
            CorrelationIds.set(record.headers(), requestId);
        }
        return record;
    }

    private void send(ProducerRecord<String, byte[]> record) {
        await(producer.send(record), record.topic(), timeout.toNanos());
    }

    private static void await(Future<RecordMetadata> acknowledgement, String topic, long timeoutNanos) {
        try {
            acknowledgement.get(timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.unavailable("Interrupted while writing to Kafka", RETRY_AFTER);
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Write to {} failed", topic, e);
            throw ApiException.unavailable("Kafka did not acknowledge the write; retry", RETRY_AFTER);
        }
    }
}
