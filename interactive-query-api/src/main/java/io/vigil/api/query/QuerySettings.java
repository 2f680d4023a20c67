package io.vigil.api.query;

import java.time.Duration;

/**
 * How store queries behave while state moves between instances.
 *
 * @param retryBudget    how long one query keeps retrying a store that is rebalancing or restoring before it answers 503
 * @param initialBackoff the first pause between attempts; each further pause doubles
 * @param maxBackoff     the longest pause between attempts
 * @param forwardTimeout how long a request forwarded to another instance may take
 * @param maxPageSize    the largest {@code limit} a list request may ask for
 */
public record QuerySettings(
        Duration retryBudget, Duration initialBackoff, Duration maxBackoff, Duration forwardTimeout, int maxPageSize) {

    public QuerySettings {
        requirePositive("retryBudget", retryBudget);
        requirePositive("initialBackoff", initialBackoff);
        requirePositive("maxBackoff", maxBackoff);
        requirePositive("forwardTimeout", forwardTimeout);
        if (maxPageSize < 1) {
            throw new IllegalArgumentException("maxPageSize must be at least 1, was " + maxPageSize);
        }
    }

    /** A 2 s retry budget, backoff from 50 ms to 400 ms, 2 s per forwarded request, pages of at most 1000. */
    public static QuerySettings defaults() {
        return new QuerySettings(
                Duration.ofSeconds(2), Duration.ofMillis(50), Duration.ofMillis(400), Duration.ofSeconds(2), 1000);
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
