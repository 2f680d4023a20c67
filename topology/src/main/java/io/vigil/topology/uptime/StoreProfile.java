package io.vigil.topology.uptime;

import io.vigil.topology.uptime.time.StatusOptions;
import io.vigil.topology.uptime.time.WeeklyHours;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What a store's uptime is read with, defaults applied: its business hours (open 24/7 when it has none), its zone, and
 * its optional closure calendar and max poll gap.
 *
 * @param maxPollGap {@code null} when the store's status holds until its next poll
 * @param closureCalendar {@code null} when the store names no calendar
 */
public record StoreProfile(WeeklyHours hours, ZoneId zone, Duration maxPollGap, String closureCalendar) {

    public StoreProfile {
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(zone, "zone");
    }

    public Optional<Duration> pollGap() {
        return Optional.ofNullable(maxPollGap);
    }

    public Optional<String> calendar() {
        return Optional.ofNullable(closureCalendar);
    }

    /** How this store's status is read from its polls. */
    public StatusOptions statusOptions(boolean activeBeforeFirstPoll) {
        return new StatusOptions(activeBeforeFirstPoll, maxPollGap);
    }
}
