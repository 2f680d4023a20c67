package io.vigil.bench.telemetry;

import java.util.Arrays;

/**
 * What one round's alerts say: how many arrived, for how many batches, and the nearest-rank percentiles of their
 * latency from the send of their batch's {@code POST /telemetry} to their arrival on the alerts topic.
 */
record AlertLatencies(long alerts, long distinctAlerts, long batches, double p50Millis, double p99Millis) {

    private static final double NANOS_PER_MILLI = 1_000_000.0;

    /** @param nanos each alert's latency */
    static AlertLatencies of(long[] nanos, long distinctAlerts, long batches) {
        if (nanos.length == 0) {
            return new AlertLatencies(0, distinctAlerts, batches, Double.NaN, Double.NaN);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new AlertLatencies(
                sorted.length,
                distinctAlerts,
                batches,
                percentile(sorted, 50) / NANOS_PER_MILLI,
                percentile(sorted, 99) / NANOS_PER_MILLI);
    }

    private static long percentile(long[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
