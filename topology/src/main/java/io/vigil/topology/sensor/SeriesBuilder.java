package io.vigil.topology.sensor;

import io.vigil.schema.sensor.SensorFileSeries;
import io.vigil.schema.sensor.SensorSeries;
import io.vigil.schema.sensor.SensorStats;
import io.vigil.schema.sensor.SeriesBucket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds a file's chart ({@code SensorFileSeries}): the values over time of the file's first {@value #MAX_SENSORS}
 * sensors, in buckets aligned to multiples of one width since the epoch. The width starts at one second and doubles,
 * merging neighbours, whenever a sensor's buckets would span more than {@value #MAX_BUCKETS}; so the chart stays small
 * whatever the file's size. Values are added a batch at a time and merged by {@link #build}.
 */
final class SeriesBuilder {

    static final int MAX_SENSORS = 8;
    static final int MAX_BUCKETS = 120;
    static final long FIRST_WIDTH_MILLIS = 1000L;

    private final Map<String, TreeMap<Long, SensorStats>> sensors = new LinkedHashMap<>();
    private final Map<String, Map<Long, StatsAccumulator>> pending = new HashMap<>();
    private long width;

    private SeriesBuilder(long width) {
        this.width = width;
    }

    static SeriesBuilder empty() {
        return new SeriesBuilder(FIRST_WIDTH_MILLIS);
    }

    /** Goes on from a chart built before; null is an empty chart. */
    static SeriesBuilder from(SensorFileSeries series) {
        if (series == null) {
            return empty();
        }
        SeriesBuilder builder = new SeriesBuilder(series.getBucketMillis());
        for (SensorSeries sensor : series.getSensors()) {
            TreeMap<Long, SensorStats> buckets = new TreeMap<>();
            sensor.getBuckets().forEach(bucket -> buckets.put(bucket.getStart().toEpochMilli(), bucket.getStats()));
            builder.sensors.put(sensor.getSensorId(), buckets);
        }
        return builder;
    }

    /** Adds one reading; readings of a sensor beyond the first {@value #MAX_SENSORS} are left out. */
    void add(String sensorId, long epochMillis, double value) {
        TreeMap<Long, SensorStats> buckets = sensors.get(sensorId);
        if (buckets == null) {
            if (sensors.size() >= MAX_SENSORS) {
                return;
            }
            sensors.put(sensorId, new TreeMap<>());
        }
        pending.computeIfAbsent(sensorId, id -> new HashMap<>())
                .computeIfAbsent(start(epochMillis, width), start -> new StatsAccumulator())
                .add(value);
    }

    int chartedSensors() {
        return sensors.size();
    }

    /** The chart with every reading added so far. */
    SensorFileSeries build(long sensorsLeftOut) {
        pending.forEach((sensorId, buckets) -> buckets.forEach(
                (start, values) -> sensors.get(sensorId).merge(start, values.toStats(), SensorStatsMath::merge)));
        pending.clear();
        long widened = widestNeeded();
        if (widened != width) {
            width = widened;
            sensors.replaceAll((sensorId, buckets) -> rebucket(buckets, widened));
        }
        List<SensorSeries> series = new ArrayList<>(sensors.size());
        sensors.forEach((sensorId, buckets) -> series.add(new SensorSeries(sensorId, toBuckets(buckets))));
        return new SensorFileSeries(width, series, sensorsLeftOut);
    }

    /** The width, doubled as often as needed for every sensor's buckets to fit. */
    private long widestNeeded() {
        long widened = width;
        for (TreeMap<Long, SensorStats> buckets : sensors.values()) {
            while (!buckets.isEmpty() && span(buckets, widened) > MAX_BUCKETS) {
                widened *= 2;
            }
        }
        return widened;
    }

    private static long span(TreeMap<Long, SensorStats> buckets, long width) {
        return Math.floorDiv(buckets.lastKey(), width) - Math.floorDiv(buckets.firstKey(), width) + 1;
    }

    private static TreeMap<Long, SensorStats> rebucket(TreeMap<Long, SensorStats> buckets, long width) {
        TreeMap<Long, SensorStats> merged = new TreeMap<>();
        buckets.forEach((start, stats) -> merged.merge(start(start, width), stats, SensorStatsMath::merge));
        return merged;
    }

    private static List<SeriesBucket> toBuckets(TreeMap<Long, SensorStats> buckets) {
        List<SeriesBucket> list = new ArrayList<>(buckets.size());
        buckets.forEach((start, stats) -> list.add(new SeriesBucket(Instant.ofEpochMilli(start), stats)));
        return list;
    }

    private static long start(long epochMillis, long width) {
        return Math.floorDiv(epochMillis, width) * width;
    }
}
