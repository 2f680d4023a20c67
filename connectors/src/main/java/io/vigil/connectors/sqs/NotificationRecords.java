package io.vigil.connectors.sqs;

import io.vigil.connectors.common.ObjectEventRecords;
import io.vigil.schema.s3.S3EventSource;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.s3.notification.ParsedNotification;
import io.vigil.schema.s3.notification.S3NotificationException;
import io.vigil.schema.s3.notification.S3Notifications;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one SQS message into the records it stands for: an event per S3 record, nothing for S3's test event, or one
 * dead letter for a body that is not an S3 notification.
 */
final class NotificationRecords {

    /** Source partition key: the queue URL. */
    static final String QUEUE = "queue";
    /** Source offset key: the SQS message id. SQS has no offsets to resume from; this only says where it came from. */
    static final String MESSAGE_ID = "message.id";

    private static final Logger log = LoggerFactory.getLogger(NotificationRecords.class);

    private final ObjectEventRecords records;

    NotificationRecords(ObjectEventRecords records) {
        this.records = records;
    }

    /** The records of {@code body}, received from {@code queueUrl} as message {@code messageId}. */
    List<SourceRecord> of(String queueUrl, String messageId, String body) {
        Map<String, String> partition = Map.of(QUEUE, queueUrl);
        Map<String, String> offset = Map.of(MESSAGE_ID, messageId);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ParsedNotification parsed;
        try {
            parsed = S3Notifications.parse(bytes, S3EventSource.SQS);
        } catch (S3NotificationException e) {
            log.warn(
                    "SQS message {} from {} is not an S3 notification, sent to the dead-letter topic: {}",
                    messageId,
                    queueUrl,
                    e.getMessage());
            return List.of(records.deadLetter(partition, offset, deadLetterBody(bytes), queueUrl, messageId, e));
        }
        if (parsed.testEvent()) {
            log.info("SQS message {} from {} is S3's test event; deleting it", messageId, queueUrl);
            return List.of();
        }
        return parsed.events().stream()
                .map((S3ObjectEvent event) -> records.event(partition, offset, event))
                .toList();
    }

    /**
     * SQS allows bodies of up to 1 MiB, which with headers would exceed Kafka's default record size and fail the task
     * on every redelivery; the parser refuses anything above its limit anyway, so the dead letter keeps that much.
     */
    private static byte[] deadLetterBody(byte[] body) {
        return body.length <= S3Notifications.MAX_BYTES ? body : Arrays.copyOf(body, S3Notifications.MAX_BYTES);
    }
}
