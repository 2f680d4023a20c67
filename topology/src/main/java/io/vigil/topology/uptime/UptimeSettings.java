package io.vigil.topology.uptime;

import io.vigil.config.VigilConfig;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How the uptime domain keeps and reads polls.
 *
 * @param pollRetention how long polls stay in {@value UptimeNames#POLLS_STORE}, by the newest poll time it has seen
 * @param maxFuturePoll how far a poll may lie ahead of the wall-clock time it is processed at; later ones are refused
 * @param defaultZone the zone of a store with no timezone on record
 * @param activeBeforeFirstPoll the status before a store's first poll (when it has no max poll gap)
 * @param timelineCachePolls how many polls (each store id, store held and interval of its hours counting one more) a
 *     partition keeps in memory for all-store reports; 0 for none
 */
public record UptimeSettings(
        Duration pollRetention,
        Duration maxFuturePoll,
        ZoneId defaultZone,
        boolean activeBeforeFirstPoll,
        int timelineCachePolls) {

    /**
     * Eight days of polls (a week plus the poll before it), five minutes of clock skew, America/Chicago, a million
     * polls in memory a partition.
     */
    public static final UptimeSettings DEFAULTS = new UptimeSettings(
            Duration.ofDays(8), Duration.ofMinutes(5), ZoneId.of("America/Chicago"), false, 1_000_000);

    public static UptimeSettings from(VigilConfig config) {
        return new UptimeSettings(
                config.uptimePollRetention(),
                config.uptimeMaxFuturePoll(),
                config.uptimeDefaultZone(),
                config.uptimeActiveBeforeFirstPoll(),
                config.uptimeTimelineCachePolls());
    }

    /**
     * @throws IllegalArgumentException if the retention is not positive, or the future allowance or the cache size is
     *     negative
     */
    public UptimeSettings {
        Objects.requireNonNull(defaultZone, "defaultZone");
        if (pollRetention.isZero() || pollRetention.isNegative()) {
            throw new IllegalArgumentException("poll retention must be positive, not " + pollRetention);
        }
        if (maxFuturePoll.isNegative()) {
            throw new IllegalArgumentException("max future poll must not be negative, not " + maxFuturePoll);
        }
        if (timelineCachePolls < 0) {
            throw new IllegalArgumentException("timeline cache polls must not be negative, not " + timelineCachePolls);
        }
    }
}
