package io.vigil.bench.delivery;

import java.util.Properties;

/**
 * How big the delivery harnesses run: {@code streams} expectations spread evenly over {@code buckets}, and
 * {@code arrivals} object events per measured round of {@code delivery-arrivals}.
 *
 * @param streams a multiple of 100 (exactly 1% of them fall due in the measured sweep) and of {@code buckets}
 */
public record DeliveryBenchSizes(int streams, int buckets, int arrivals) {

    public static final String STREAMS_PROPERTY = "vigil.bench.streams";
    public static final String BUCKETS_PROPERTY = "vigil.bench.buckets";
    public static final String ARRIVALS_PROPERTY = "vigil.bench.arrivals";

    static final int DEFAULT_STREAMS = 100_000;
    static final int DEFAULT_BUCKETS = 100;
    static final int DEFAULT_ARRIVALS = 1_000_000;

    public DeliveryBenchSizes {
        if (streams < 100 || streams % 100 != 0) {
            throw new IllegalArgumentException("streams must be a positive multiple of 100, was " + streams);
        }
        if (buckets < 1 || streams % buckets != 0) {
            throw new IllegalArgumentException("buckets must divide streams (" + streams + ") evenly, was " + buckets);
        }
        if (arrivals < 1) {
            throw new IllegalArgumentException("arrivals must be positive, was " + arrivals);
        }
    }

    /** The sizes given as {@code -Dvigil.bench.streams}, {@code -Dvigil.bench.buckets}, {@code -Dvigil.bench.arrivals}. */
    public static DeliveryBenchSizes from(Properties properties) {
        return new DeliveryBenchSizes(
                intProperty(properties, STREAMS_PROPERTY, DEFAULT_STREAMS),
                intProperty(properties, BUCKETS_PROPERTY, DEFAULT_BUCKETS),
                intProperty(properties, ARRIVALS_PROPERTY, DEFAULT_ARRIVALS));
    }

    private static int intProperty(Properties properties, String name, int fallback) {
        String value = properties.getProperty(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an integer, was '" + value + "'", e);
        }
    }
}
