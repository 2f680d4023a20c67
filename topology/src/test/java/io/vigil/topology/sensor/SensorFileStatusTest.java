package io.vigil.topology.sensor;

import static io.vigil.topology.sensor.SensorFixture.NINE;
import static io.vigil.topology.sensor.SensorFixture.UPLOADED;
import static io.vigil.topology.sensor.SensorFixture.error;
import static io.vigil.topology.sensor.SensorFixture.reading;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.vigil.schema.sensor.FileFailureReason;
import io.vigil.schema.sensor.RowErrorReason;
import io.vigil.schema.sensor.SensorFileAggregate;
import io.vigil.schema.sensor.SensorFileStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SensorFileStatusTest {

    private static final String KEY = "readings/2026/day.csv";

    @TempDir
    Path stateDir;

    private SensorFixture sensors;

    @BeforeEach
    void start() {
        sensors = new SensorFixture(stateDir);
    }

    @AfterEach
    void stop() {
        sensors.close();
    }

    @Test
    void shouldGoFromUploadedThroughProcessingToProcessed() {
        sensors.upload(KEY, "my day.csv", UPLOADED);
        assertThat(sensors.aggregate(KEY).getStatus()).isEqualTo(SensorFileStatus.uploaded);
        assertThat(sensors.aggregate(KEY).getFileName()).isEqualTo("my day.csv");

        sensors.start(KEY, "r1", NINE);
        assertThat(sensors.aggregate(KEY).getStatus()).isEqualTo(SensorFileStatus.processing);

        sensors.batch(KEY, "r1", List.of(reading(1, "a", NINE, 1)), List.of());
        sensors.end(KEY, "r1", 1, 0);

        SensorFileAggregate file = sensors.aggregate(KEY);
        assertThat(file.getStatus()).isEqualTo(SensorFileStatus.processed);
        assertThat(file.getFailureReason()).isNull();
        assertThat(file.getUploadedAt()).isEqualTo(UPLOADED);
        assertThat(Duration.between(file.getReadStartedAt(), file.getProcessedAt()))
                .isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void shouldNameAFileFirstSeenThroughItsFileStartAndKeepTheStatusWhenTheUploadFollows() {
        sensors.start(KEY, "r1", NINE);

        SensorFileAggregate seen = sensors.aggregate(KEY);
        assertThat(seen.getFileName()).isEqualTo("day.csv");
        assertThat(seen.getUploadedAt()).isEqualTo(UPLOADED);
        assertThat(seen.getStatus()).isEqualTo(SensorFileStatus.processing);

        sensors.upload(KEY, "client name.csv", NINE.minusSeconds(10));

        SensorFileAggregate named = sensors.aggregate(KEY);
        assertThat(named.getStatus()).isEqualTo(SensorFileStatus.processing);
        assertThat(named.getFileName()).isEqualTo("client name.csv");
        assertThat(named.getUploadedAt()).isEqualTo(NINE.minusSeconds(10));
        assertThat(sensors.<SensorFileAggregate>all(SensorNames.FILES_RECENT_STORE))
                .singleElement()
                .satisfies(entry -> assertThat(entry.key)
                        .isEqualTo(SensorKeys.recent(NINE.minusSeconds(10).toEpochMilli(), SensorFixture.fileId(KEY))));
    }

    @Test
    void shouldNotMoveAFinishedFileBackToUploaded() {
        sensors.start(KEY, "r1", NINE);
        sensors.batch(KEY, "r1", List.of(reading(1, "a", NINE, 1)), List.of());
        sensors.end(KEY, "r1", 1, 0);

        sensors.upload(KEY, "late.csv", UPLOADED);

        assertThat(sensors.aggregate(KEY).getStatus()).isEqualTo(SensorFileStatus.processed);
    }

    @Test
    void shouldFailAHeaderOnlyFileForHavingNoGoodRows() {
        sensors.upload(KEY, "empty.csv", UPLOADED);
        sensors.start(KEY, "r1", NINE);
        sensors.end(KEY, "r1", 0, 0);

        SensorFileAggregate file = sensors.aggregate(KEY);
        assertThat(file.getStatus()).isEqualTo(SensorFileStatus.failed);
        assertThat(file.getFailureReason()).isEqualTo(FileFailureReason.no_good_rows);
    }

    @Test
    void shouldFailAFileOfOnlyBadRowsAndKeepItsErrors() {
        sensors.start(KEY, "r1", NINE);
        sensors.batch(KEY, "r1", List.of(), List.of(error(1, 2, RowErrorReason.bad_value)));
        sensors.end(KEY, "r1", 0, 1);

        SensorFileAggregate file = sensors.aggregate(KEY);
        assertThat(file.getStatus()).isEqualTo(SensorFileStatus.failed);
        assertThat(file.getFailureReason()).isEqualTo(FileFailureReason.no_good_rows);
        assertThat(file.getErrors()).hasSize(1);
        assertThat(file.getErrorCount()).isEqualTo(1);
    }

    @Test
    void shouldFailAFileWithTheReadersReason() {
        for (FileFailureReason reason : List.of(
                FileFailureReason.empty_file,
                FileFailureReason.bad_header,
                FileFailureReason.unreadable,
                FileFailureReason.no_such_key,
                FileFailureReason.no_such_bucket)) {
            String key = "readings/" + reason + ".csv";
            sensors.start(key, "r1", NINE);
            sensors.fail(key, "r1", reason, "why " + reason);

            SensorFileAggregate file = sensors.aggregate(key);
            assertThat(file.getStatus()).isEqualTo(SensorFileStatus.failed);
            assertThat(file.getFailureReason()).isEqualTo(reason);
            assertThat(file.getFailureDetail()).isEqualTo("why " + reason);
            assertThat(file.getProcessedAt()).isEqualTo(NINE.plusSeconds(5));
        }
    }

    @Test
    void shouldSkipRecordsWhoseKeyIsNotAFileId() {
        sensors.uploadUnder("readings/x.csv", KEY, "x.csv", UPLOADED);
        sensors.uploadUnder(SensorFixture.fileId(KEY) + "|1:a", KEY, "x.csv", UPLOADED);

        assertThat(sensors.all(SensorNames.FILE_AGGREGATES_STORE)).isEmpty();
        assertThat(sensors.all(SensorNames.FILES_RECENT_STORE)).isEmpty();
    }

    @Test
    void shouldListFilesNewestFirstOnceEach() {
        sensors.upload("readings/old.csv", "old.csv", UPLOADED.minusSeconds(60));
        sensors.upload("readings/new.csv", "new.csv", UPLOADED);
        sensors.start("readings/old.csv", "r1", NINE);
        sensors.batch("readings/old.csv", "r1", List.of(reading(1, "a", NINE, 1)), List.of());
        sensors.end("readings/old.csv", "r1", 1, 0);

        assertThat(sensors.<SensorFileAggregate>all(SensorNames.FILES_RECENT_STORE))
                .extracting(entry -> entry.value.getFileName(), entry -> entry.value.getStatus())
                .containsExactly(
                        tuple("new.csv", SensorFileStatus.uploaded), tuple("old.csv", SensorFileStatus.processed));
    }
}
