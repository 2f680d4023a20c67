package io.vigil.api.sensor;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.schema.sensor.RowError;
import io.vigil.schema.sensor.SensorFileAggregate;
import io.vigil.schema.sensor.SensorFileStatus;
import io.vigil.schema.sensor.SensorStats;
import java.time.Instant;
import java.util.Map;

/**
 * What {@code GET /files/{id}} shows of a {@link SensorFileAggregate}: status, times (ISO-8601), aggregates (the mean
 * at full double precision) and the first row errors. The per-sensor counts live in another store; the route adds
 * them with {@link #withPerSensorCount}.
 */
final class SensorFileDocument {

    static final String AGGREGATES = "aggregates";
    static final String PER_SENSOR_COUNT = "per_sensor_count";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SensorFileDocument() {}

    /** The whole document but {@code per_sensor_count}. */
    static ObjectNode of(SensorFileAggregate file) {
        ObjectNode json = summary(file);
        ArrayNode errors = json.putArray("errors");
        for (RowError error : file.getErrors()) {
            errors.addObject()
                    .put("row_number", error.getRowNumber())
                    .put("line", error.getLine())
                    .put("reason", error.getReason().name());
        }
        return json;
    }

    /** The document without the row errors (their count stays): an item of the file list. */
    static ObjectNode summary(SensorFileAggregate file) {
        ObjectNode json = NODES.objectNode();
        json.put("file_id", file.getFileId());
        json.put("file_name", file.getFileName());
        json.put("size", file.getSize());
        json.put("status", file.getStatus().name());
        if (file.getStatus() == SensorFileStatus.failed) {
            json.put(
                    "failure_reason",
                    file.getFailureReason() == null
                            ? null
                            : file.getFailureReason().name());
        }
        json.put("uploaded_at", iso(file.getUploadedAt()));
        json.put("processed_at", iso(file.getProcessedAt()));
        if (file.getProcessedAt() != null && file.getReadStartedAt() != null) {
            json.put(
                    "processing_ms",
                    file.getProcessedAt().toEpochMilli()
                            - file.getReadStartedAt().toEpochMilli());
        } else {
            json.putNull("processing_ms");
        }
        json.put("rows_seen", file.getRowsSeen());
        json.set(AGGREGATES, aggregates(file.getReadingStats()));
        json.put("error_count", file.getErrorCount());
        return json;
    }

    /** The document with the given sensor → good-row count map. */
    static ObjectNode withPerSensorCount(ObjectNode document, Map<String, Long> counts) {
        ObjectNode copy = document.deepCopy();
        ObjectNode perSensor = ((ObjectNode) copy.get(AGGREGATES)).putObject(PER_SENSOR_COUNT);
        counts.forEach(perSensor::put);
        return copy;
    }

    private static ObjectNode aggregates(SensorStats stats) {
        ObjectNode json = NODES.objectNode();
        boolean none = stats == null || stats.getCount() == 0;
        json.put("row_count", none ? 0 : stats.getCount());
        if (none) {
            json.putNull("min_value");
            json.putNull("max_value");
            json.putNull("mean_value");
        } else {
            json.put("min_value", stats.getMin());
            json.put("max_value", stats.getMax());
            json.put("mean_value", stats.getMean());
        }
        return json;
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
