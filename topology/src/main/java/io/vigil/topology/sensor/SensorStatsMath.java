package io.vigil.topology.sensor;

import io.vigil.schema.sensor.SensorStats;

/**
 * Count, min, max, mean and the sum of squared deviations ({@code m2}) of sets of readings, kept numerically stable:
 * one value is added with Welford's update, two sets merge with Chan et al.'s parallel formula. Neither sums raw
 * values nor squares, so readings around 1e9 with a small spread keep their variance.
 */
public final class SensorStatsMath {

    private SensorStatsMath() {}

    /** The statistics of one value. */
    public static SensorStats of(double value) {
        return new SensorStats(1L, value, value, value, 0.0);
    }

    /** {@code stats} with one more value (Welford); {@code stats} may be null (no value yet). */
    public static SensorStats add(SensorStats stats, double value) {
        if (stats == null) {
            return of(value);
        }
        long count = stats.getCount() + 1;
        double delta = value - stats.getMean();
        double mean = stats.getMean() + delta / count;
        double m2 = stats.getM2() + delta * (value - mean);
        return new SensorStats(count, Math.min(stats.getMin(), value), Math.max(stats.getMax(), value), mean, m2);
    }

    /** The statistics of both sets together (Chan et al.); either may be null (an empty set). */
    public static SensorStats merge(SensorStats a, SensorStats b) {
        if (a == null || a.getCount() == 0) {
            return b;
        }
        if (b == null || b.getCount() == 0) {
            return a;
        }
        long count = a.getCount() + b.getCount();
        double delta = b.getMean() - a.getMean();
        double weightB = (double) b.getCount() / count;
        double mean = a.getMean() + delta * weightB;
        double m2 = a.getM2() + b.getM2() + delta * delta * a.getCount() * weightB;
        return new SensorStats(count, Math.min(a.getMin(), b.getMin()), Math.max(a.getMax(), b.getMax()), mean, m2);
    }

    /** The sample variance ({@code m2 / (count − 1)}), 0 for fewer than two values. */
    public static double variance(SensorStats stats) {
        return stats.getCount() < 2 ? 0.0 : stats.getM2() / (stats.getCount() - 1);
    }
}
