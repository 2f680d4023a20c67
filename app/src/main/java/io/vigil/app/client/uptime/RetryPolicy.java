package io.vigil.app.client.uptime;

import java.time.Duration;

/**
 * How often and how patiently a batch is sent again after a 5xx answer or no answer at all: the delay doubles from
 * {@code firstDelay} up to {@code maxDelay}.
 *
 * @param attempts the attempts in all, the first included (at least 1)
 * @param firstDelay the wait before the second attempt
 * @param maxDelay the longest wait between two attempts
 */
public record RetryPolicy(int attempts, Duration firstDelay, Duration maxDelay) {

    /** Six attempts over about 15 seconds: long enough for a rebalance or a restart of one instance. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(6, Duration.ofMillis(500), Duration.ofSeconds(8));

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, not " + attempts);
        }
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("delays must satisfy 0 <= firstDelay <= maxDelay");
        }
    }

    /** The wait after failed attempt {@code attempt} (from 1) before the next one. */
    public Duration delayAfter(int attempt) {
        Duration delay = firstDelay;
        for (int i = 1; i < attempt && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) < 0 ? delay : maxDelay;
    }
}
