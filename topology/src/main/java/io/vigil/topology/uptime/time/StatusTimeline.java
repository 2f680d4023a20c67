package io.vigil.topology.uptime.time;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A store's status as a step function of time. The status at t is that of the latest poll at or before t, and holds
 * until the next poll. Several polls at the same instant count as one: the last one given wins.
 *
 * <p>Without a max poll gap the status before the first poll is {@link StatusOptions#activeBeforeFirstPoll()}. With a
 * gap, time later than {@code poll + gap} until the next poll is unknown, and so is the time before the first poll:
 * once silence is not taken as a status, nothing before the first poll is either.
 */
public final class StatusTimeline {

    /** Poll instants, strictly increasing, and the status each one starts. */
    private final Instant[] at;

    private final boolean[] active;
    private final StatusOptions options;

    private StatusTimeline(Instant[] at, boolean[] active, StatusOptions options) {
        this.at = at;
        this.active = active;
        this.options = options;
    }

    /**
     * @param polls sorted by time (ties allowed: the last one given wins)
     * @throws IllegalArgumentException if a poll comes before the one given ahead of it
     */
    public static StatusTimeline of(List<Poll> polls, StatusOptions options) {
        Instant[] at = new Instant[polls.size()];
        boolean[] active = new boolean[polls.size()];
        int count = 0;
        for (Poll poll : polls) {
            if (count > 0 && poll.at().isBefore(at[count - 1])) {
                throw new IllegalArgumentException(
                        "polls are not sorted by time: " + poll.at() + " comes after " + at[count - 1]);
            }
            if (count == 0 || poll.at().isAfter(at[count - 1])) {
                count++;
            }
            at[count - 1] = poll.at();
            active[count - 1] = poll.active();
        }
        return new StatusTimeline(Arrays.copyOf(at, count), Arrays.copyOf(active, count), options);
    }

    /** Where {@code period} was active, inactive and unknown; together they cover the period. */
    public StatusIntervals over(TimeInterval period) {
        List<TimeInterval> active = new ArrayList<>();
        List<TimeInterval> inactive = new ArrayList<>();
        List<TimeInterval> unknown = new ArrayList<>();
        forEachSegment(period, (start, end, status) -> {
            List<TimeInterval> target = status == null ? unknown : status ? active : inactive;
            target.add(new TimeInterval(start, end));
        });
        return new StatusIntervals(IntervalSet.of(active), IntervalSet.of(inactive), IntervalSet.of(unknown));
    }

    /**
     * Walks {@code period} from start to end as non-empty segments of one status each, in time order; together they
     * cover the period.
     */
    void forEachSegment(TimeInterval period, SegmentVisitor visitor) {
        Segments segments = new Segments(period, visitor);
        Optional<Duration> gap = options.pollGap();
        int first = Math.max(0, latestAtOrBefore(period.start()));
        Instant firstPoll = at.length == 0 ? period.end() : at[first];
        segments.add(period.start(), firstPoll, gap.isPresent() ? null : options.activeBeforeFirstPoll());
        for (int i = first; i < at.length && at[i].isBefore(period.end()); i++) {
            Instant next = i + 1 < at.length ? at[i + 1] : period.end();
            Instant expiry = gap.map(at[i]::plus).filter(next::isAfter).orElse(next);
            segments.add(at[i], expiry, active[i]);
            segments.add(expiry, next, null);
        }
    }

    /** Receives the status segments of a period. */
    @FunctionalInterface
    interface SegmentVisitor {

        /** @param status {@code null} for unknown */
        void segment(Instant start, Instant end, Boolean status);
    }

    /** Index of the latest poll at or before {@code instant}, or -1 if none. */
    private int latestAtOrBefore(Instant instant) {
        int found = Arrays.binarySearch(at, instant);
        return found >= 0 ? found : -found - 2;
    }

    /** Clips status segments to a period and passes on the non-empty ones. */
    private static final class Segments {
        private final TimeInterval period;
        private final SegmentVisitor visitor;

        Segments(TimeInterval period, SegmentVisitor visitor) {
            this.period = period;
            this.visitor = visitor;
        }

        void add(Instant from, Instant to, Boolean status) {
            Instant start = from.isBefore(period.start()) ? period.start() : from;
            Instant end = to.isAfter(period.end()) ? period.end() : to;
            if (start.isBefore(end)) {
                visitor.segment(start, end, status);
            }
        }
    }
}
