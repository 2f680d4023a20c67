package io.vigil.connectors.s3.sensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.vigil.connectors.s3.CsvBucket;
import io.vigil.embedded.EmbeddedKafkaCluster;
import io.vigil.schema.sensor.FileEnd;
import io.vigil.schema.sensor.FileFailed;
import io.vigil.schema.sensor.FileFailureReason;
import io.vigil.schema.sensor.FileStart;
import io.vigil.schema.sensor.ReadingBatch;
import io.vigil.schema.sensor.RowError;
import io.vigil.schema.sensor.RowErrorReason;
import io.vigil.schema.sensor.SensorFileIds;
import io.vigil.schema.sensor.SensorFileRecord;
import io.vigil.schema.sensor.SensorReading;
import io.vigil.testkit.EmbeddedKafkaExtension;
import io.vigil.testkit.TestNames;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(EmbeddedKafkaExtension.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class SensorHandlerIT {

    private static final String BUCKET = "vigil-sensor";
    private static final String PREFIX = "readings/";
    private static final Duration LONG = Duration.ofSeconds(60);
    private static final String EXAMPLE =
            """
            sensor_id,timestamp,value
            s1,2024-01-01T00:00:00Z,10
            s2,2024-01-01T00:01:00+02:00,20.5

            s1,not-a-time,3
            ,2024-01-01T00:02:00Z,4
            s3,2024-01-01T00:03,abc
            s2,2024-01-01T00:04:00.123Z,-4.5
            s9
            """;

    @TempDir
    static Path s3Dir;

    private static CsvBucket s3;

    @BeforeAll
    static void startS3() {
        s3 = CsvBucket.start(s3Dir, BUCKET);
    }

    @AfterAll
    static void stopS3() {
        s3.close();
    }

    @Test
    void shouldWriteTheStartTheRowsAndTheEndOfAFile(EmbeddedKafkaCluster kafka, TestInfo test) throws Exception {
        String key = PREFIX + "example.csv";
        String etag = put(key, EXAMPLE);
        String fileId = SensorFileIds.of(BUCKET, key, etag);
        try (SensorReaderFixture fixture = fixture(kafka, test)) {
            fixture.announce(BUCKET, key, etag, EXAMPLE.length());

            List<SensorFileRecord> records = awaitRead(fixture, fileId);

            assertThat(records).extracting(SensorFileRecord::getFileId).containsOnly(fileId);
            assertThat(records)
                    .extracting(SensorFileRecord::getReadId)
                    .hasSize(3)
                    .containsOnly(readId(records));
            FileStart start = (FileStart) records.get(0).getBody();
            assertThat(start.getBucket()).isEqualTo(BUCKET);
            assertThat(start.getKey()).isEqualTo(key);
            assertThat(start.getEtag()).isEqualTo(etag);
            assertThat(start.getSize()).isEqualTo(EXAMPLE.getBytes(StandardCharsets.UTF_8).length);
            assertThat(start.getEventTime()).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
            ReadingBatch batch = (ReadingBatch) records.get(1).getBody();
            assertThat(batch.getReadings())
                    .extracting(SensorReading::getRowNumber, SensorReading::getSensorId, SensorReading::getValue)
                    .containsExactly(tuple(1L, "s1", 10.0), tuple(2L, "s2", 20.5), tuple(6L, "s2", -4.5));
            assertThat(batch.getReadings().get(1).getTimestamp()).isEqualTo(Instant.parse("2023-12-31T22:01:00Z"));
            assertThat(batch.getReadings().stream()
                            .mapToDouble(SensorReading::getValue)
                            .average())
                    .hasValue(8.666666666666666);
            assertThat(batch.getErrors())
                    .extracting(RowError::getRowNumber, RowError::getLine, RowError::getReason)
                    .containsExactly(
                            tuple(3L, 5L, RowErrorReason.bad_timestamp),
                            tuple(4L, 6L, RowErrorReason.missing_sensor_id),
                            tuple(5L, 7L, RowErrorReason.bad_value),
                            tuple(7L, 9L, RowErrorReason.too_few_fields));
            FileEnd end = (FileEnd) records.get(2).getBody();
            assertThat(List.of(end.getRowsSeen(), end.getGood(), end.getBad())).containsExactly(7L, 3L, 4L);
            assertThat(end.getFinishedAt()).isAfterOrEqualTo(start.getStartedAt());
        }
    }

    @Test
    void shouldRecordAFileGoneBeforeItIsReadAsNoSuchKey(EmbeddedKafkaCluster kafka, TestInfo test) throws Exception {
        String key = PREFIX + "deleted.csv";
        String fileId = SensorFileIds.of(BUCKET, key, "\"gone\"");
        try (SensorReaderFixture fixture = fixture(kafka, test)) {
            fixture.announce(BUCKET, key, "\"gone\"", 42);

            List<SensorFileRecord> records = awaitRead(fixture, fileId);

            assertThat(records).hasSize(2);
            assertThat(((FileStart) records.get(0).getBody()).getSize()).isEqualTo(42);
            assertThat(records.get(1).getBody())
                    .isInstanceOfSatisfying(FileFailed.class, failed -> assertThat(failed.getReason())
                            .isEqualTo(FileFailureReason.no_such_key));
        }
    }

    @Test
    void shouldFailAFileWithAWrongHeader(EmbeddedKafkaCluster kafka, TestInfo test) throws Exception {
        String key = PREFIX + "wrong-header.csv";
        String etag = put(key, "sensor,time,value\ns1,2024-01-01T00:00Z,1\n");
        String fileId = SensorFileIds.of(BUCKET, key, etag);
        try (SensorReaderFixture fixture = fixture(kafka, test)) {
            fixture.announce(BUCKET, key, etag, 41);

            List<SensorFileRecord> records = awaitRead(fixture, fileId);

            assertThat(records).hasSize(2);
            assertThat(records.get(0).getBody()).isInstanceOf(FileStart.class);
            assertThat(records.get(1).getBody()).isInstanceOfSatisfying(FileFailed.class, failed -> {
                assertThat(failed.getReason()).isEqualTo(FileFailureReason.bad_header);
                assertThat(failed.getDetail()).isEqualTo("missing column sensor_id");
            });
        }
    }

    private static SensorReaderFixture fixture(EmbeddedKafkaCluster kafka, TestInfo test) throws Exception {
        return new SensorReaderFixture(kafka, TestNames.unique(test), s3.endpoint(), BUCKET, PREFIX);
    }

    private static List<SensorFileRecord> awaitRead(SensorReaderFixture fixture, String fileId) {
        return await().atMost(LONG).until(() -> fixture.finishedRead(fileId), records -> !records.isEmpty());
    }

    private static String readId(List<SensorFileRecord> records) {
        return records.get(0).getReadId();
    }

    private static String put(String key, String content) {
        return s3.put(key, content);
    }
}
