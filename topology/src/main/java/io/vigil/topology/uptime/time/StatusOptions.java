package io.vigil.topology.uptime.time;

import java.time.Duration;
import java.util.Optional;

/**
 * How status is read from polls where they say nothing.
 *
 * @param activeBeforeFirstPoll the status before a store's first poll when there is no {@code maxPollGap}
 * @param maxPollGap how long a poll's status holds before the store's status becomes unknown; {@code null} = for ever
 *     (until the next poll), as the original service does
 */
public record StatusOptions(boolean activeBeforeFirstPoll, Duration maxPollGap) {

    /** Inactive before the first poll, each status held until the next poll. */
    public static final StatusOptions DEFAULTS = new StatusOptions(false, null);

    /** @throws IllegalArgumentException if {@code maxPollGap} is zero or negative */
    public StatusOptions {
        if (maxPollGap != null && (maxPollGap.isZero() || maxPollGap.isNegative())) {
            throw new IllegalArgumentException("max poll gap must be positive, not " + maxPollGap);
        }
    }

    /** Statuses that expire {@code maxPollGap} after their poll. */
    public static StatusOptions withMaxPollGap(Duration maxPollGap) {
        return new StatusOptions(false, maxPollGap);
    }

    public Optional<Duration> pollGap() {
        return Optional.ofNullable(maxPollGap);
    }
}
