package io.vigil.topology.errors;

import io.vigil.schema.errors.DeadLetterHeaders;
import io.vigil.topology.VigilTopics;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * Builds the record that carries a poison record to {@code vigil.dlq}: the original key and value bytes, the original
 * headers, and headers that say where it came from and why it failed.
 */
public final class DeadLetters {

    private DeadLetters() {}

    static ProducerRecord<byte[], byte[]> of(ErrorHandlerContext context, byte[] key, byte[] value, Exception error) {
        Headers headers = new RecordHeaders(
                context.headers() == null ? null : context.headers().toArray());
        put(headers, DeadLetterHeaders.TOPIC, context.topic());
        put(headers, DeadLetterHeaders.PARTITION, Integer.toString(context.partition()));
        put(headers, DeadLetterHeaders.OFFSET, Long.toString(context.offset()));
        put(headers, DeadLetterHeaders.CLASS, error.getClass().getName());
        put(headers, DeadLetterHeaders.MESSAGE, DeadLetterHeaders.truncate(String.valueOf(error.getMessage())));
        if (context.processorNodeId() != null) {
            put(headers, DeadLetterHeaders.PROCESSOR, context.processorNodeId());
        }
        return new ProducerRecord<>(VigilTopics.DLQ, null, context.timestamp(), key, value, headers);
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8));
    }
}
