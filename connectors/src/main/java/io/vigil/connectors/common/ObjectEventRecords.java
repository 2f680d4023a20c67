package io.vigil.connectors.common;

import io.vigil.schema.errors.DeadLetterHeaders;
import io.vigil.schema.s3.ObjectEventKeys;
import io.vigil.schema.s3.S3ObjectEvent;
import java.util.Map;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Builds what an S3 ingress connector hands to Connect: one record per object event, keyed and serialised exactly as
 * {@code POST /ingest} writes it, or a dead letter carrying a body that is not an S3 notification. Values are already
 * Confluent-framed Avro bytes, so the worker's value converter must be {@code ByteArrayConverter}.
 */
public final class ObjectEventRecords {

    private final String topic;
    private final String deadLetterTopic;
    private final Serializer<S3ObjectEvent> events;

    public ObjectEventRecords(String topic, String deadLetterTopic, Serializer<S3ObjectEvent> events) {
        this.topic = topic;
        this.deadLetterTopic = deadLetterTopic;
        this.events = events;
    }

    /** The record of one object event. */
    public SourceRecord event(Map<String, ?> sourcePartition, Map<String, ?> sourceOffset, S3ObjectEvent event) {
        return new SourceRecord(
                sourcePartition,
                sourceOffset,
                topic,
                null,
                Schema.STRING_SCHEMA,
                ObjectEventKeys.of(event),
                Schema.BYTES_SCHEMA,
                events.serialize(topic, event));
    }

    /**
     * The dead letter of a message that could not be read.
     *
     * @param origin where the message came from (a queue URL, an SNS topic ARN)
     * @param messageId the id the source system gave the message
     * @param reason why it was refused; its message must be safe to show (no secrets, input quoted)
     */
    public SourceRecord deadLetter(
            Map<String, ?> sourcePartition,
            Map<String, ?> sourceOffset,
            byte[] body,
            String origin,
            String messageId,
            Exception reason) {
        ConnectHeaders headers = new ConnectHeaders();
        headers.addString(DeadLetterHeaders.TOPIC, origin);
        headers.addString(DeadLetterHeaders.OFFSET, messageId);
        headers.addString(DeadLetterHeaders.CLASS, reason.getClass().getName());
        headers.addString(DeadLetterHeaders.MESSAGE, DeadLetterHeaders.truncate(String.valueOf(reason.getMessage())));
        return new SourceRecord(
                sourcePartition,
                sourceOffset,
                deadLetterTopic,
                null,
                null,
                null,
                Schema.BYTES_SCHEMA,
                body,
                null,
                headers);
    }
}
