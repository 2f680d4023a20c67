package io.vigil.bench.uptime;

import java.util.Properties;

/**
 * How big the uptime harnesses run. The defaults are the original's size: 14,000 stores polled every 90 minutes on
 * average for 8 days, 128 polls a store, 1,792,000 polls in all.
 *
 * @param stores stores of the data set
 * @param pollMinutes minutes between two polls of a store
 * @param polls polls produced in each round of {@code uptime-polls}
 * @param queries requests in each round of {@code uptime-query-latency}
 */
public record UptimeBenchSizes(int stores, int pollMinutes, int polls, int queries) {

    public static final String STORES_PROPERTY = "vigil.bench.uptime.stores";
    public static final String POLL_MINUTES_PROPERTY = "vigil.bench.uptime.poll.minutes";
    public static final String POLLS_PROPERTY = "vigil.bench.uptime.polls";
    public static final String QUERIES_PROPERTY = "vigil.bench.uptime.queries";

    /** Days of polls: the week of the report and the poll before it. */
    public static final int DAYS = 8;

    static final UptimeBenchSizes DEFAULTS = new UptimeBenchSizes(14_000, 90, 500_000, 2_000);

    public UptimeBenchSizes {
        if (stores < 1 || polls < 1 || queries < 1) {
            throw new IllegalArgumentException("stores, polls and queries must be positive");
        }
        if (pollMinutes < 1 || pollMinutes > DAYS * 24 * 60) {
            throw new IllegalArgumentException("poll minutes must be from 1 to " + DAYS * 24 * 60);
        }
    }

    /** The sizes given as {@code -Dvigil.bench.uptime.*}, the defaults for those not given. */
    public static UptimeBenchSizes from(Properties properties) {
        return new UptimeBenchSizes(
                integer(properties, STORES_PROPERTY, DEFAULTS.stores()),
                integer(properties, POLL_MINUTES_PROPERTY, DEFAULTS.pollMinutes()),
                integer(properties, POLLS_PROPERTY, DEFAULTS.polls()),
                integer(properties, QUERIES_PROPERTY, DEFAULTS.queries()));
    }

    /** Polls in the data set. */
    public long dataSetPolls() {
        return (long) stores * (DAYS * 24 * 60 / pollMinutes);
    }

    private static int integer(Properties properties, String name, int fallback) {
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
