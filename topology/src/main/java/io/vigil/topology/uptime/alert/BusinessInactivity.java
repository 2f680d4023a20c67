package io.vigil.topology.uptime.alert;

import io.vigil.topology.uptime.time.BusinessWindows;
import io.vigil.topology.uptime.time.Poll;
import io.vigil.topology.uptime.time.StatusOptions;
import io.vigil.topology.uptime.time.StatusTimeline;
import io.vigil.topology.uptime.time.TimeInterval;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Business-time inactivity of a store: when it exceeds a threshold, and how much there was. Pure. */
final class BusinessInactivity {

    /**
     * How far past the start of a run its crossing is looked for: a store whose business hours (closures applied) hold
     * less than the threshold in this long never crosses.
     */
    static final Duration SEARCH_LIMIT = Duration.ofDays(8);

    private BusinessInactivity() {}

    /**
     * The instant the business time of {@code [since, end)} reaches {@code threshold}: later, it exceeds it. Walks the
     * business windows forward from {@code since}; empty if the threshold is not reached before {@code end} or within
     * {@link #SEARCH_LIMIT}.
     *
     * @param end the end of the known inactivity, {@code null} for none
     */
    static Optional<Instant> crossing(BusinessWindows business, Instant since, Instant end, Duration threshold) {
        Instant limit = since.plus(SEARCH_LIMIT);
        Instant until = end == null || end.isAfter(limit) ? limit : end;
        if (!since.isBefore(until)) {
            return Optional.empty();
        }
        Duration left = threshold;
        for (TimeInterval open : business.within(new TimeInterval(since, until)).intervals()) {
            if (open.duration().compareTo(left) > 0) {
                return Optional.of(open.start().plus(left));
            }
            left = left.minus(open.duration());
        }
        return Optional.empty();
    }

    /**
     * The business time in {@code period} during which the polls say the store was inactive.
     *
     * @param polls sorted by time, the one that sets the status at the start of the period first
     */
    static Duration measure(BusinessWindows business, List<Poll> polls, StatusOptions options, TimeInterval period) {
        return business.within(period)
                .intersect(StatusTimeline.of(polls, options).over(period).inactive())
                .measure();
    }
}
