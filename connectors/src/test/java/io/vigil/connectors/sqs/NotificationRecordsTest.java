package io.vigil.connectors.sqs;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.connectors.common.ObjectEventRecords;
import io.vigil.connectors.sqs.Notifications.S3Object;
import io.vigil.schema.errors.DeadLetterHeaders;
import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.schema.s3.S3EventSource;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.s3.notification.S3Notifications;
import io.vigil.schema.serde.AvroSerde;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

class NotificationRecordsTest {

    private static final String QUEUE = "http://127.0.0.1:9324/000000000000/vigil-s3";
    private static final String TOPIC = "events";
    private static final String DLQ = "dead";
    private static final Instant TIME = Instant.parse("2026-05-01T10:15:30.123Z");
    private static final S3Object REPORT = S3Object.of("vigil-landing", "incoming/daily report.csv", 2048, TIME);
    private static final S3Object SENSORS = S3Object.of("vigil-landing", "sensors/a+b.csv", 10, TIME);

    private final AvroSerde<S3ObjectEvent> serde = AvroSerde.of(S3ObjectEvent.class, new FingerprintSchemaRegistry());
    private final NotificationRecords notifications =
            new NotificationRecords(new ObjectEventRecords(TOPIC, DLQ, serde));

    @Test
    void shouldMapADirectNotificationToOneEventKeyedByBucketAndKey() {
        List<SourceRecord> records = notifications.of(QUEUE, "m-1", Notifications.direct(REPORT));

        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.topic()).isEqualTo(TOPIC);
            assertThat(record.keySchema()).isEqualTo(Schema.STRING_SCHEMA);
            assertThat(record.key()).isEqualTo("vigil-landing/incoming/daily report.csv");
            assertThat(record.valueSchema()).isEqualTo(Schema.BYTES_SCHEMA);
            assertThat(event(record)).isEqualTo(REPORT.expectedEvent());
            assertThat(record.sourcePartition()).isEqualTo(Map.of(NotificationRecords.QUEUE, QUEUE));
            assertThat(record.sourceOffset()).isEqualTo(Map.of(NotificationRecords.MESSAGE_ID, "m-1"));
        });
    }

    @Test
    void shouldUnwrapAnSnsEnvelope() {
        List<SourceRecord> records = notifications.of(QUEUE, "m-2", Notifications.snsWrapped(REPORT));

        assertThat(records).extracting(this::event).containsExactly(REPORT.expectedEvent());
    }

    @Test
    void shouldWriteOneEventPerS3RecordInOrder() {
        List<SourceRecord> records = notifications.of(QUEUE, "m-3", Notifications.direct(REPORT, SENSORS));

        assertThat(records)
                .extracting(SourceRecord::key)
                .containsExactly("vigil-landing/incoming/daily report.csv", "vigil-landing/sensors/a+b.csv");
        assertThat(records).extracting(this::event).containsExactly(REPORT.expectedEvent(), SENSORS.expectedEvent());
    }

    @Test
    void shouldWriteTheEventPostIngestWritesExceptForItsSource() throws Exception {
        String body = Notifications.snsWrapped(REPORT, SENSORS);
        List<S3ObjectEvent> fromApi = S3Notifications.parse(body.getBytes(StandardCharsets.UTF_8), S3EventSource.API)
                .events();

        List<S3ObjectEvent> fromSqs =
                notifications.of(QUEUE, "m-4", body).stream().map(this::event).toList();

        fromApi.forEach(event -> event.setSource(S3EventSource.SQS));
        assertThat(fromSqs).isEqualTo(fromApi);
    }

    @Test
    void shouldWriteNothingForTheTestEvent() {
        assertThat(notifications.of(QUEUE, "m-5", Notifications.testEvent())).isEmpty();
    }

    @Test
    void shouldSendAMessageThatIsNotANotificationToTheDeadLetterTopicWithTheReason() {
        String body = "{\"hello\":\"world\"}";

        List<SourceRecord> records = notifications.of(QUEUE, "m-6", body);

        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.topic()).isEqualTo(DLQ);
            assertThat(record.key()).isNull();
            assertThat((byte[]) record.value()).isEqualTo(body.getBytes(StandardCharsets.UTF_8));
            assertThat(header(record, DeadLetterHeaders.TOPIC)).isEqualTo(QUEUE);
            assertThat(header(record, DeadLetterHeaders.OFFSET)).isEqualTo("m-6");
            assertThat(header(record, DeadLetterHeaders.CLASS)).endsWith("S3NotificationException");
            assertThat(header(record, DeadLetterHeaders.MESSAGE)).contains("Records is missing");
        });
    }

    @Test
    void shouldSendInvalidJsonToTheDeadLetterTopic() {
        List<SourceRecord> records = notifications.of(QUEUE, "m-7", "not json at all");

        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.topic()).isEqualTo(DLQ);
            assertThat(header(record, DeadLetterHeaders.MESSAGE)).contains("not valid JSON");
        });
    }

    @Test
    void shouldKeepOnlyTheParserLimitOfAnOversizedBodyInTheDeadLetter() {
        String body = "x".repeat(S3Notifications.MAX_BYTES + 100);

        List<SourceRecord> records = notifications.of(QUEUE, "m-8", body);

        assertThat(records).singleElement().satisfies(record -> {
            assertThat((byte[]) record.value()).hasSize(S3Notifications.MAX_BYTES);
            assertThat(header(record, DeadLetterHeaders.MESSAGE)).contains("larger than");
        });
    }

    private S3ObjectEvent event(SourceRecord record) {
        return serde.deserialize(TOPIC, (byte[]) record.value());
    }

    private static String header(SourceRecord record, String name) {
        Header header = record.headers().lastWithName(name);
        return header == null ? null : (String) header.value();
    }
}
