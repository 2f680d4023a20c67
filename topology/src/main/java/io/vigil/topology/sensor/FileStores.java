package io.vigil.topology.sensor;

import io.vigil.schema.sensor.SensorFileAggregate;
import io.vigil.schema.sensor.SensorFileSeries;
import io.vigil.schema.sensor.SensorStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The stores of the file fold, all keyed (or prefixed) by file id: the aggregate and its entry in the recent index,
 * the per-sensor statistics and the chart.
 */
final class FileStores {

    private static final Serializer<String> KEYS = Serdes.String().serializer();

    private final KeyValueStore<String, SensorFileAggregate> aggregates;
    private final KeyValueStore<String, SensorFileAggregate> recent;
    private final KeyValueStore<String, SensorStats> sensors;
    private final KeyValueStore<String, SensorFileSeries> series;

    FileStores(ProcessorContext<?, ?> context) {
        this.aggregates = context.getStateStore(SensorNames.FILE_AGGREGATES_STORE);
        this.recent = context.getStateStore(SensorNames.FILES_RECENT_STORE);
        this.sensors = context.getStateStore(SensorNames.FILE_SENSORS_STORE);
        this.series = context.getStateStore(SensorNames.FILE_SERIES_STORE);
    }

    SensorFileAggregate aggregate(String fileId) {
        return aggregates.get(fileId);
    }

    /** Between status changes: the recent index keeps the entry of the last change. */
    void update(SensorFileAggregate next) {
        aggregates.put(next.getFileId(), next);
    }

    /** At a status change (or a new upload time): the aggregate and its recent index entry, moved if need be. */
    void change(SensorFileAggregate previous, SensorFileAggregate next) {
        aggregates.put(next.getFileId(), next);
        if (previous != null
                && previous.getUploadedAt() != null
                && !Objects.equals(previous.getUploadedAt(), next.getUploadedAt())) {
            recent.delete(recentKey(previous));
        }
        recent.put(recentKey(next), next);
    }

    /** Forgets the per-sensor statistics and the chart of an earlier read of the file. */
    void reset(String fileId) {
        for (KeyValue<String, SensorStats> entry : scan(sensors, fileId)) {
            sensors.delete(entry.key);
        }
        series.delete(fileId);
    }

    /** Adds a batch's groups to the per-sensor statistics; returns how many sensors are new to the file. */
    long add(String fileId, BatchSummary batch) {
        long newSensors = 0;
        for (Map.Entry<String, BatchSummary.SensorGroup> group : batch.sensors().entrySet()) {
            String sensorKey = SensorKeys.fileSensor(fileId, group.getKey());
            SensorStats known = sensors.get(sensorKey);
            newSensors += known == null ? 1 : 0;
            sensors.put(sensorKey, SensorStatsMath.merge(known, group.getValue().stats()));
        }
        return newSensors;
    }

    SensorFileSeries series(String fileId) {
        return series.get(fileId);
    }

    void putSeries(String fileId, SensorFileSeries chart) {
        series.put(fileId, chart);
    }

    private static String recentKey(SensorFileAggregate aggregate) {
        return SensorKeys.recent(aggregate.getUploadedAt().toEpochMilli(), aggregate.getFileId());
    }

    /** The entries of one file, read before any is changed. */
    private static <V> List<KeyValue<String, V>> scan(KeyValueStore<String, V> store, String fileId) {
        List<KeyValue<String, V>> entries = new ArrayList<>();
        try (KeyValueIterator<String, V> all = store.prefixScan(SensorKeys.fileSensorPrefix(fileId), KEYS)) {
            all.forEachRemaining(entries::add);
        }
        return entries;
    }
}
