package io.vigil.topology.uptime.time;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A set of instants as a sorted list of disjoint, coalesced half-open intervals (two intervals that touch become one).
 * Immutable. Built in O(n log n); union, intersection and difference are linear merges of the two lists.
 */
public final class IntervalSet {

    private static final IntervalSet EMPTY = new IntervalSet(List.of());

    private final List<TimeInterval> intervals;

    private IntervalSet(List<TimeInterval> intervals) {
        this.intervals = intervals;
    }

    public static IntervalSet empty() {
        return EMPTY;
    }

    /** The union of {@code intervals}, in any order, overlapping or not. */
    public static IntervalSet of(Collection<TimeInterval> intervals) {
        List<TimeInterval> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparing(TimeInterval::start));
        return coalesced(sorted);
    }

    public static IntervalSet of(TimeInterval... intervals) {
        return of(List.of(intervals));
    }

    /** The intervals, sorted by start, pairwise disjoint and not touching. */
    public List<TimeInterval> intervals() {
        return intervals;
    }

    public boolean isEmpty() {
        return intervals.isEmpty();
    }

    /** The total length of time in the set. */
    public Duration measure() {
        Duration total = Duration.ZERO;
        for (TimeInterval interval : intervals) {
            total = total.plus(interval.duration());
        }
        return total;
    }

    public IntervalSet union(IntervalSet other) {
        List<TimeInterval> merged = new ArrayList<>(intervals.size() + other.intervals.size());
        int i = 0;
        int j = 0;
        while (i < intervals.size() || j < other.intervals.size()) {
            boolean takeMine = j == other.intervals.size()
                    || (i < intervals.size()
                            && !intervals
                                    .get(i)
                                    .start()
                                    .isAfter(other.intervals.get(j).start()));
            merged.add(takeMine ? intervals.get(i++) : other.intervals.get(j++));
        }
        return coalesced(merged);
    }

    public IntervalSet intersect(IntervalSet other) {
        List<TimeInterval> result = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < intervals.size() && j < other.intervals.size()) {
            TimeInterval a = intervals.get(i);
            TimeInterval b = other.intervals.get(j);
            Instant start = later(a.start(), b.start());
            Instant end = earlier(a.end(), b.end());
            if (start.isBefore(end)) {
                result.add(new TimeInterval(start, end));
            }
            if (a.end().isBefore(b.end())) {
                i++;
            } else {
                j++;
            }
        }
        return wrap(result);
    }

    /** The instants of this set that are not in {@code other}. */
    public IntervalSet minus(IntervalSet other) {
        List<TimeInterval> result = new ArrayList<>();
        int j = 0;
        for (TimeInterval a : intervals) {
            Instant cursor = a.start();
            while (j < other.intervals.size() && !other.intervals.get(j).end().isAfter(cursor)) {
                j++;
            }
            int k = j;
            while (k < other.intervals.size() && other.intervals.get(k).start().isBefore(a.end())) {
                TimeInterval b = other.intervals.get(k);
                if (cursor.isBefore(b.start())) {
                    result.add(new TimeInterval(cursor, b.start()));
                }
                cursor = later(cursor, b.end());
                k++;
            }
            if (cursor.isBefore(a.end())) {
                result.add(new TimeInterval(cursor, a.end()));
            }
        }
        return wrap(result);
    }

    /** The part of this set inside {@code window}. */
    public IntervalSet clip(TimeInterval window) {
        return intersect(wrap(List.of(window)));
    }

    /** Sorted by start in, coalesced out. */
    private static IntervalSet coalesced(List<TimeInterval> sorted) {
        List<TimeInterval> result = new ArrayList<>(sorted.size());
        for (TimeInterval next : sorted) {
            int last = result.size() - 1;
            if (last >= 0 && !next.start().isAfter(result.get(last).end())) {
                TimeInterval previous = result.get(last);
                result.set(last, new TimeInterval(previous.start(), later(previous.end(), next.end())));
            } else {
                result.add(next);
            }
        }
        return wrap(result);
    }

    private static IntervalSet wrap(List<TimeInterval> normalised) {
        return normalised.isEmpty() ? EMPTY : new IntervalSet(List.copyOf(normalised));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IntervalSet set && intervals.equals(set.intervals);
    }

    @Override
    public int hashCode() {
        return intervals.hashCode();
    }

    @Override
    public String toString() {
        return "IntervalSet" + intervals;
    }
}
