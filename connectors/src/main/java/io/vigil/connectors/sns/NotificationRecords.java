package io.vigil.connectors.sns;

import io.vigil.connectors.common.ObjectEventRecords;
import io.vigil.schema.s3.S3EventSource;
import io.vigil.schema.s3.notification.ParsedNotification;
import io.vigil.schema.s3.notification.S3NotificationException;
import io.vigil.schema.s3.notification.S3Notifications;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The records of a verified SNS notification: one object event per S3 record, none for S3's test event, or one dead
 * letter when the message is not an S3 notification.
 */
final class NotificationRecords {

    private static final Logger log = LoggerFactory.getLogger(NotificationRecords.class);

    private final ObjectEventRecords records;

    NotificationRecords(ObjectEventRecords records) {
        this.records = records;
    }

    List<SourceRecord> of(SnsEnvelope envelope, byte[] body) {
        // SNS cannot replay from an offset: these only say where a record came from.
        Map<String, String> partition = Map.of("topicArn", envelope.topicArn());
        Map<String, String> offset = Map.of("messageId", envelope.messageId());
        try {
            ParsedNotification parsed = S3Notifications.parse(body, S3EventSource.SNS);
            return parsed.events().stream()
                    .map(event -> records.event(partition, offset, event))
                    .toList();
        } catch (S3NotificationException e) {
            log.warn(
                    "SNS message {} from {} is not an S3 notification, sending it to the dead-letter topic: {}",
                    envelope.messageId(),
                    envelope.topicArn(),
                    e.getMessage());
            return List.of(records.deadLetter(partition, offset, body, envelope.topicArn(), envelope.messageId(), e));
        }
    }
}
