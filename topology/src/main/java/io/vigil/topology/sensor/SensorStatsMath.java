package io.vigil.topology.sensor;

import io.vigil.schema.sensor.SensorStats;

/**
 * Count, min, max, mean and the sum of squared deviations ({@code m2}) of sets of readings, kept numerically stable.
 * The mean comes from the sum with its rounding error carried along (Neumaier's compensated summation), so that it is
 * the correctly rounded mean in all but pathological cases ({@code (10 + 20.5 - 4.5) / 3} is 8.666666666666666, where
 * a running mean gives 8.666666666666668); {@code m2} follows Welford for one value and Chan et al. for two sets, so
 * readings around 1e9 with a small spread keep their variance.
 */
public final class SensorStatsMath {

    private SensorStatsMath() {}

    /** The statistics of both sets together; either may be null (an empty set). */
    public static SensorStats merge(SensorStats a, SensorStats b) {
        if (a == null || a.getCount() == 0) {
            return b;
        }
        if (b == null || b.getCount() == 0) {
            return a;
        }
        long count = a.getCount() + b.getCount();
        double sum = a.getSum() + b.getSum();
        double sumError = a.getSumError() + b.getSumError() + roundingError(a.getSum(), b.getSum(), sum);
        double delta = b.getMean() - a.getMean();
        double m2 = a.getM2() + b.getM2() + delta * delta * a.getCount() * ((double) b.getCount() / count);
        return new SensorStats(
                count,
                Math.min(a.getMin(), b.getMin()),
                Math.max(a.getMax(), b.getMax()),
                (sum + sumError) / count,
                m2,
                sum,
                sumError);
    }

    /** The sample variance ({@code m2 / (count − 1)}), 0 for fewer than two values. */
    public static double variance(SensorStats stats) {
        return stats.getCount() < 2 ? 0.0 : stats.getM2() / (stats.getCount() - 1);
    }

    /** What {@code a + b} lost to rounding when it came out as {@code sum} (Neumaier's correction term). */
    static double roundingError(double a, double b, double sum) {
        return Math.abs(a) >= Math.abs(b) ? (a - sum) + b : (b - sum) + a;
    }
}
