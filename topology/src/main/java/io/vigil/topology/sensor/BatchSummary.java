package io.vigil.topology.sensor;

import io.vigil.schema.sensor.SensorReading;
import io.vigil.schema.sensor.SensorStats;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One batch of readings grouped by sensor and by (sensor, UTC hour) in a single pass, so that the fold writes its
 * stores once per group rather than once per row: the hot path of a file of millions of rows.
 */
final class BatchSummary {

    private final Map<String, SensorGroup> sensors = new LinkedHashMap<>();
    private final StatsAccumulator all = new StatsAccumulator();
    private Instant firstReadingAt;
    private Instant lastReadingAt;

    private BatchSummary() {}

    /** Groups {@code readings}, and adds each to the file's chart. */
    static BatchSummary of(List<SensorReading> readings, SeriesBuilder series) {
        BatchSummary summary = new BatchSummary();
        SensorGroup group = null;
        for (SensorReading reading : readings) {
            String sensorId = reading.getSensorId();
            if (group == null || !group.sensorId.equals(sensorId)) {
                group = summary.sensors.computeIfAbsent(sensorId, SensorGroup::new);
            }
            Instant at = reading.getTimestamp();
            long millis = at.toEpochMilli();
            double value = reading.getValue();
            group.add(SensorKeys.hourOf(millis), value);
            summary.all.add(value);
            summary.observe(at);
            series.add(sensorId, millis, value);
        }
        return summary;
    }

    private void observe(Instant at) {
        if (firstReadingAt == null || at.isBefore(firstReadingAt)) {
            firstReadingAt = at;
        }
        if (lastReadingAt == null || at.isAfter(lastReadingAt)) {
            lastReadingAt = at;
        }
    }

    long readings() {
        return all.count();
    }

    /** Of every reading of the batch; null when it has none. */
    SensorStats stats() {
        return all.toStats();
    }

    Instant firstReadingAt() {
        return firstReadingAt;
    }

    Instant lastReadingAt() {
        return lastReadingAt;
    }

    /** By sensor id, in the order the sensors first appear in the batch. */
    Map<String, SensorGroup> sensors() {
        return sensors;
    }

    /** The readings of one sensor: all of them, and by UTC hour (start of the hour in epoch millis). */
    static final class SensorGroup {
        private final String sensorId;
        private final StatsAccumulator stats = new StatsAccumulator();
        private final Map<Long, StatsAccumulator> hours = new HashMap<>();
        private long lastHour;
        private StatsAccumulator lastHourStats;

        private SensorGroup(String sensorId) {
            this.sensorId = sensorId;
        }

        private void add(long hour, double value) {
            if (lastHourStats == null || lastHour != hour) {
                lastHour = hour;
                lastHourStats = hours.computeIfAbsent(hour, start -> new StatsAccumulator());
            }
            lastHourStats.add(value);
            stats.add(value);
        }

        SensorStats stats() {
            return stats.toStats();
        }

        Map<Long, StatsAccumulator> hours() {
            return hours;
        }
    }
}
