package io.vigil.topology.uptime.time;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sums business time by status over the hour, day and week that end at a reference, fed the status segments of the
 * week in time order: each segment is intersected with the open intervals it overlaps by one forward merge. The same
 * sums as intersecting interval sets, without building them; times are held as nanoseconds before the reference, which
 * a week's span fits in a {@code long} exactly.
 */
final class OpenTimeTally implements StatusTimeline.SegmentVisitor {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final int ACTIVE = 0;
    private static final int INACTIVE = 1;
    private static final int UNKNOWN = 2;

    private final Instant reference;
    private final List<TimeInterval> open;
    /** How far back each period reaches from the reference (hour, day, week), as a negative offset. */
    private final long[] periodStarts;
    /** nanos[period][status] */
    private final long[][] nanos;
    /** The first open interval that does not end before the segments seen so far. */
    private int cursor;

    /** @param open sorted, disjoint intervals inside the week before {@code reference} */
    OpenTimeTally(Instant reference, List<TimeInterval> open) {
        this.reference = reference;
        this.open = open;
        this.periodStarts = new long[] {
            -UptimeCalculator.HOUR.toNanos(), -UptimeCalculator.DAY.toNanos(), -UptimeCalculator.WEEK.toNanos()
        };
        this.nanos = new long[periodStarts.length][3];
    }

    @Override
    public void segment(Instant start, Instant end, Boolean status) {
        while (cursor < open.size() && !open.get(cursor).end().isAfter(start)) {
            cursor++;
        }
        int column = status == null ? UNKNOWN : status ? ACTIVE : INACTIVE;
        for (int i = cursor; i < open.size() && open.get(i).start().isBefore(end); i++) {
            TimeInterval interval = open.get(i);
            long from = offset(interval.start().isAfter(start) ? interval.start() : start);
            long to = offset(interval.end().isBefore(end) ? interval.end() : end);
            for (int period = 0; period < periodStarts.length; period++) {
                long clippedFrom = Math.max(from, periodStarts[period]);
                if (clippedFrom < to) {
                    nanos[period][column] += to - clippedFrom;
                }
            }
        }
    }

    UptimeFigures figures() {
        return new UptimeFigures(reference, period(0), period(1), period(2));
    }

    private PeriodFigures period(int period) {
        long[] sums = nanos[period];
        return new PeriodFigures(
                Duration.ofNanos(sums[ACTIVE]), Duration.ofNanos(sums[INACTIVE]), Duration.ofNanos(sums[UNKNOWN]));
    }

    /** Nanoseconds from the reference to {@code instant}: negative inside the week. */
    private long offset(Instant instant) {
        return (instant.getEpochSecond() - reference.getEpochSecond()) * NANOS_PER_SECOND
                + (instant.getNano() - reference.getNano());
    }
}
