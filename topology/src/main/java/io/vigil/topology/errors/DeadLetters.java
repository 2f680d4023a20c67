package io.vigil.topology.errors;

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

    public static final String TOPIC_HEADER = "vigil.error.topic";
    public static final String PARTITION_HEADER = "vigil.error.partition";
    public static final String OFFSET_HEADER = "vigil.error.offset";
    public static final String CLASS_HEADER = "vigil.error.class";
    public static final String MESSAGE_HEADER = "vigil.error.message";
    public static final String PROCESSOR_HEADER = "vigil.error.processor";

    private static final int MAX_MESSAGE_CHARS = 1000;

    private DeadLetters() {}

    static ProducerRecord<byte[], byte[]> of(ErrorHandlerContext context, byte[] key, byte[] value, Exception error) {
        Headers headers = new RecordHeaders(
                context.headers() == null ? null : context.headers().toArray());
        put(headers, TOPIC_HEADER, context.topic());
        put(headers, PARTITION_HEADER, Integer.toString(context.partition()));
        put(headers, OFFSET_HEADER, Long.toString(context.offset()));
        put(headers, CLASS_HEADER, error.getClass().getName());
        put(headers, MESSAGE_HEADER, truncate(String.valueOf(error.getMessage())));
        if (context.processorNodeId() != null) {
            put(headers, PROCESSOR_HEADER, context.processorNodeId());
        }
        return new ProducerRecord<>(VigilTopics.DLQ, null, context.timestamp(), key, value, headers);
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8));
    }

    private static String truncate(String message) {
        return message.length() <= MAX_MESSAGE_CHARS ? message : message.substring(0, MAX_MESSAGE_CHARS) + "…";
    }
}
