package io.vigil.connectors.s3;

import io.vigil.schema.errors.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** Moves an object event the reader cannot handle to the dead-letter topic, with the headers that say why. */
final class DeadLetterWriter {

    private final Producer<String, byte[]> producer;
    private final String topic;
    private final Duration timeout;
    private final DeadLetterListener listener;

    DeadLetterWriter(Producer<String, byte[]> producer, String topic, Duration timeout, DeadLetterListener listener) {
        this.producer = producer;
        this.topic = topic;
        this.timeout = timeout;
        this.listener = listener;
    }

    /** Writes the dead letter and waits until Kafka has it, so the event's offset may then be committed. */
    void write(ConsumerRecord<String, byte[]> record, String processor, Exception reason) {
        Headers headers = new RecordHeaders(record.headers().toArray());
        put(headers, DeadLetterHeaders.TOPIC, record.topic());
        put(headers, DeadLetterHeaders.PARTITION, Integer.toString(record.partition()));
        put(headers, DeadLetterHeaders.OFFSET, Long.toString(record.offset()));
        put(headers, DeadLetterHeaders.CLASS, reason.getClass().getName());
        put(headers, DeadLetterHeaders.MESSAGE, DeadLetterHeaders.truncate(String.valueOf(reason.getMessage())));
        put(headers, DeadLetterHeaders.PROCESSOR, processor);
        try {
            producer.send(new ProducerRecord<>(topic, null, record.key(), record.value(), headers))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            listener.deadLettered(record.topic(), reason);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while writing a dead letter", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaException("dead letter not written: " + e.getMessage(), e);
        }
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
