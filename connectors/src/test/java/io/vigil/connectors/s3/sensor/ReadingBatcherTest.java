package io.vigil.connectors.s3.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.schema.sensor.ReadingBatch;
import io.vigil.schema.sensor.RowError;
import io.vigil.schema.sensor.RowErrorReason;
import io.vigil.schema.sensor.SensorFileRecord;
import io.vigil.schema.sensor.SensorReading;
import io.vigil.schema.serde.AvroSerde;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ReadingBatcherTest {

    private static final String TOPIC = "readings";

    private final AvroSerde<SensorFileRecord> serde =
            AvroSerde.of(SensorFileRecord.class, new FingerprintSchemaRegistry());
    private final List<byte[]> written = new ArrayList<>();
    private final ReadingBatcher batcher = new ReadingBatcher(new SensorFileWriter(
            "file",
            "read",
            record -> written.add(serde.serialize(TOPIC, record)),
            Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC)));

    @Test
    void shouldCutBatchesOf4096RowsInRowOrder() {
        for (long row = 1; row <= 10_000; row++) {
            if (row % 10 == 0) {
                batcher.rowError(row, row + 1, RowErrorReason.bad_value, "x");
            } else {
                batcher.reading(row, "s" + row % 7, row * 1_000_000L + 1, row / 2.0);
            }
        }
        batcher.flush();

        List<ReadingBatch> batches = batches();
        assertThat(batches).extracting(this::rows).containsExactly(4096, 4096, 1808);
        assertThat(batches.stream().flatMap(batch -> batch.getReadings().stream()))
                .extracting(SensorReading::getRowNumber)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 10_000)
                        .filter(row -> row % 10 != 0)
                        .boxed()::iterator);
        assertThat(batches.stream().flatMap(batch -> batch.getErrors().stream()))
                .extracting(RowError::getRowNumber)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 10_000)
                        .filter(row -> row % 10 == 0)
                        .boxed()::iterator);
        SensorReading first = batches.get(0).getReadings().get(0);
        assertThat(first.getTimestamp()).isEqualTo(Instant.ofEpochSecond(1, 1000));
        assertThat(first.getSensorId()).isEqualTo("s1");
        assertThat(first.getValue()).isEqualTo(0.5);
    }

    @Test
    void shouldCutABatchOnceItsSensorIdsPass256KibOfUtf8() {
        String euros = "€".repeat(1000); // 3000 bytes
        for (long row = 1; row <= 200; row++) {
            batcher.reading(row, euros, 0, 1);
        }
        batcher.flush();

        assertThat(batches()).extracting(this::rows).containsExactly(88, 88, 24);
    }

    @Test
    void shouldKeepEveryRecordWellUnderOneMegabyteWhateverTheFields() {
        String longest = "€".repeat(SensorCsvParser.MAX_FIELD_CHARS);
        for (long row = 1; row <= 20; row++) {
            batcher.reading(row, longest, 0, 1);
            batcher.rowError(row, row, RowErrorReason.bad_value, "€".repeat(100));
        }
        for (long row = 21; row <= 5000; row++) {
            batcher.rowError(row, row, RowErrorReason.bad_timestamp, "€".repeat(100));
        }
        batcher.flush();

        assertThat(written).allSatisfy(record -> assertThat(record.length).isLessThan(700 * 1024));
        assertThat(batches().stream().mapToInt(this::rows).sum()).isEqualTo(5020);
    }

    @Test
    void shouldWriteNothingForNoRows() {
        batcher.flush();

        assertThat(written).isEmpty();
    }

    private List<ReadingBatch> batches() {
        return written.stream()
                .map(bytes -> serde.deserialize(TOPIC, bytes))
                .peek(record -> assertThat(record.getFileId()).isEqualTo("file"))
                .map(record -> (ReadingBatch) record.getBody())
                .toList();
    }

    private int rows(ReadingBatch batch) {
        return batch.getReadings().size() + batch.getErrors().size();
    }
}
