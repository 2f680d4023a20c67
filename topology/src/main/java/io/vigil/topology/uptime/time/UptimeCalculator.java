package io.vigil.topology.uptime.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * Uptime of one store by interval arithmetic in exact time: uptime over a period is the measure of business hours ∩
 * active time, downtime of business hours ∩ inactive time, unknown of business hours ∩ unknown time. The periods end
 * at the (excluded) reference instant: last hour {@code [ref-1h, ref)}, last day {@code [ref-24h, ref)}, last week
 * {@code [ref-168h, ref)}, all in exact elapsed time.
 */
public final class UptimeCalculator {

    public static final Duration HOUR = Duration.ofHours(1);
    public static final Duration DAY = Duration.ofHours(24);
    public static final Duration WEEK = Duration.ofHours(7 * 24);

    private final BusinessWindows business;
    private final StatusTimeline status;

    public UptimeCalculator(BusinessWindows business, StatusTimeline status) {
        this.business = business;
        this.status = status;
    }

    /**
     * @param polls sorted by time
     * @throws IllegalArgumentException if the polls are not sorted
     */
    public static UptimeCalculator of(
            WeeklyHours hours, ZoneId zone, Set<LocalDate> closedDates, List<Poll> polls, StatusOptions options) {
        return new UptimeCalculator(BusinessWindows.of(hours, zone, closedDates), StatusTimeline.of(polls, options));
    }

    /** The figures of the hour, day and week that end at (and exclude) {@code reference}. */
    public UptimeFigures at(Instant reference) {
        TimeInterval week = TimeInterval.endingAt(reference, WEEK);
        OpenTimeTally tally = new OpenTimeTally(reference, business.within(week).intervals());
        status.forEachSegment(week, tally);
        return tally.figures();
    }
}
