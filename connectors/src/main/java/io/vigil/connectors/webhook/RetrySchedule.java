package io.vigil.connectors.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * When each attempt of a message is made: attempt {@code n} comes {@code delays[n-1]} after the attempt before it (the
 * first delay is normally zero: at once), each delay moved by up to ±10% at random so that messages that failed
 * together do not all come back together. A receiver's {@code Retry-After} wins when it asks for longer. Used by the
 * sender's poll thread only (the Random is not shared).
 */
public final class RetrySchedule {

    /** Immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h: eight attempts over about a day. */
    public static final List<Duration> DEFAULT_DELAYS = List.of(
            Duration.ZERO,
            Duration.ofSeconds(5),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            Duration.ofHours(5),
            Duration.ofHours(10),
            Duration.ofHours(10));

    static final double JITTER = 0.10;

    private final List<Duration> delays;
    private final Random random;

    /**
     * @param delays one per attempt, the first before the first attempt
     * @param random the jitter's source; seeded in tests
     */
    public RetrySchedule(List<Duration> delays, Random random) {
        if (delays.isEmpty() || delays.stream().anyMatch(Duration::isNegative)) {
            throw new IllegalArgumentException("a retry schedule needs at least one delay, none negative");
        }
        this.delays = List.copyOf(delays);
        this.random = random;
    }

    public int attempts() {
        return delays.size();
    }

    /** How long after it is polled a message gets its first attempt. */
    Duration first() {
        return jittered(delays.get(0));
    }

    /**
     * How long to wait before the attempt after {@code attempt} (1-based), or empty when that was the last.
     *
     * @param retryAfter what the receiver asked for (429, 503); used when longer than the schedule's delay
     */
    Optional<Duration> after(int attempt, Optional<Duration> retryAfter) {
        if (attempt >= delays.size()) {
            return Optional.empty();
        }
        Duration scheduled = jittered(delays.get(attempt));
        return Optional.of(
                retryAfter.filter(asked -> asked.compareTo(scheduled) > 0).orElse(scheduled));
    }

    private Duration jittered(Duration delay) {
        if (delay.isZero()) {
            return delay;
        }
        double factor = 1 + JITTER * (2 * random.nextDouble() - 1);
        return Duration.ofNanos(Math.round(delay.toNanos() * factor));
    }
}
