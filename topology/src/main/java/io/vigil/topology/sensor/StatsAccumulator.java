package io.vigil.topology.sensor;

import io.vigil.schema.sensor.SensorStats;

/**
 * Welford's update on plain fields: what {@link SensorStatsMath#add} does, without an object per value, for the rows
 * of a batch before they are merged into a store once per group.
 */
final class StatsAccumulator {

    private long count;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private double mean;
    private double m2;

    void add(double value) {
        count++;
        double delta = value - mean;
        mean += delta / count;
        m2 += delta * (value - mean);
        min = Math.min(min, value);
        max = Math.max(max, value);
    }

    long count() {
        return count;
    }

    /** The values so far, null when there are none. */
    SensorStats toStats() {
        return count == 0 ? null : new SensorStats(count, min, max, mean, m2);
    }
}
