package io.vigil.topology.sensor;

import io.vigil.schema.sensor.SensorStats;

/**
 * The statistics of values added one at a time, on plain fields rather than an object per value, for the rows of a
 * batch before they are merged into a store once per group: the sum compensated as {@link SensorStatsMath} keeps it,
 * {@code m2} by Welford's update.
 */
final class StatsAccumulator {

    private long count;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private double sum;
    private double sumError;
    private double mean;
    private double m2;

    void add(double value) {
        count++;
        double total = sum + value;
        sumError += SensorStatsMath.roundingError(sum, value, total);
        sum = total;
        double delta = value - mean;
        mean = (sum + sumError) / count;
        m2 += delta * (value - mean);
        min = Math.min(min, value);
        max = Math.max(max, value);
    }

    long count() {
        return count;
    }

    /** The values so far, null when there are none. */
    SensorStats toStats() {
        return count == 0 ? null : new SensorStats(count, min, max, mean, m2, sum, sumError);
    }
}
