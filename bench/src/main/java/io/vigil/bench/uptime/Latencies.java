package io.vigil.bench.uptime;

import java.util.Arrays;

/** The latencies of one round of requests, in milliseconds, and their percentiles (nearest rank). */
final class Latencies {

    private final double[] millis;
    private int count;

    Latencies(int capacity) {
        this.millis = new double[capacity];
    }

    void add(long nanos) {
        millis[count++] = nanos / 1_000_000.0;
    }

    /** @param percent from 0 (exclusive) to 100 */
    double percentile(double percent) {
        if (count == 0) {
            throw new IllegalStateException("no latency recorded");
        }
        double[] sorted = Arrays.copyOf(millis, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * count);
        return sorted[Math.max(0, rank - 1)];
    }
}
