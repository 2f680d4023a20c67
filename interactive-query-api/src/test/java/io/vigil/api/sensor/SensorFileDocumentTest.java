package io.vigil.api.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.schema.sensor.FileFailureReason;
import io.vigil.schema.sensor.RowError;
import io.vigil.schema.sensor.RowErrorReason;
import io.vigil.schema.sensor.SensorFileAggregate;
import io.vigil.schema.sensor.SensorFileStatus;
import io.vigil.schema.sensor.SensorStats;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SensorFileDocumentTest {

    private static final String FILE = "0123456789abcdef0123456789abcdef";

    private static SensorFileAggregate.Builder partial() {
        return SensorFileAggregate.newBuilder()
                .setFileId(FILE)
                .setBucket("vigil-sensor")
                .setKey("readings/0011223344556677/day.csv")
                .setFileName("day.csv")
                .setSize(2048)
                .setStatus(SensorFileStatus.partial)
                .setUploadedAt(Instant.parse("2026-11-23T10:00:00Z"))
                .setReadStartedAt(Instant.parse("2026-11-23T10:00:01.250Z"))
                .setProcessedAt(Instant.parse("2026-11-23T10:00:03Z"))
                .setRowsSeen(4)
                .setReadingStats(new SensorStats(3L, -1.5, 7.0, 0.1 + 0.2, 1.0, 0.9, 0.0))
                .setErrors(List.of(new RowError(2L, 3L, RowErrorReason.bad_value, "abc")))
                .setErrorCount(1);
    }

    @Test
    void shouldShowStatusTimesAggregatesAndErrorsAsTheContractNamesThem() {
        JsonNode document = SensorFileDocument.withPerSensorCount(
                SensorFileDocument.of(partial().build()), new TreeMap<>(Map.of("s1", 2L, "s2", 1L)));

        assertThat(document.get("file_id").asText()).isEqualTo(FILE);
        assertThat(document.get("status").asText()).isEqualTo("partial");
        assertThat(document.has("failure_reason")).isFalse();
        assertThat(document.get("uploaded_at").asText()).isEqualTo("2026-11-23T10:00:00Z");
        assertThat(document.get("processed_at").asText()).isEqualTo("2026-11-23T10:00:03Z");
        assertThat(document.get("processing_ms").asLong()).isEqualTo(1750);
        assertThat(document.get("aggregates").toString())
                .isEqualTo("{\"row_count\":3,\"min_value\":-1.5,\"max_value\":7.0,"
                        + "\"mean_value\":0.30000000000000004,\"per_sensor_count\":{\"s1\":2,\"s2\":1}}");
        assertThat(document.get("errors").toString())
                .isEqualTo("[{\"row_number\":2,\"line\":3,\"reason\":\"bad_value\"}]");
        assertThat(document.get("error_count").asLong()).isEqualTo(1);
    }

    @Test
    void shouldNameTheFailureReasonOnlyWhenFailedAndLeaveOutMissingAggregates() {
        JsonNode failed = SensorFileDocument.of(partial()
                .setStatus(SensorFileStatus.failed)
                .setFailureReason(FileFailureReason.bad_header)
                .setReadingStats(null)
                .build());
        JsonNode uploaded = SensorFileDocument.of(partial()
                .setStatus(SensorFileStatus.uploaded)
                .setReadStartedAt(null)
                .setProcessedAt(null)
                .build());

        assertThat(failed.get("failure_reason").asText()).isEqualTo("bad_header");
        assertThat(failed.get("aggregates").toString())
                .isEqualTo("{\"row_count\":0,\"min_value\":null,\"max_value\":null,\"mean_value\":null}");
        assertThat(uploaded.get("processed_at").isNull()).isTrue();
        assertThat(uploaded.get("processing_ms").isNull()).isTrue();
    }

    @Test
    void shouldListFilesWithoutTheirRowErrors() {
        ObjectNode summary = SensorFileDocument.summary(partial().build());

        assertThat(summary.has("errors")).isFalse();
        assertThat(summary.get("error_count").asLong()).isEqualTo(1);
        assertThat(summary.get("file_name").asText()).isEqualTo("day.csv");
    }
}
