package io.vigil.topology.uptime.time;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The business hours of a store: local-time intervals per day of the week, several a day allowed (overlapping ones
 * merge). Days with no interval are closed; a store with no hours at all is given {@link #ALWAYS_OPEN} by its caller.
 *
 * @param intervals in any order
 */
public record WeeklyHours(List<Interval> intervals) {

    /** Open all day, every day: the hours of a store that has none on record. */
    public static final WeeklyHours ALWAYS_OPEN = new WeeklyHours(Arrays.stream(DayOfWeek.values())
            .map(day -> new Interval(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT))
            .toList());

    public WeeklyHours {
        intervals = List.copyOf(intervals);
    }

    /** The intervals that start on {@code day}. */
    public List<Interval> on(DayOfWeek day) {
        return intervals.stream().filter(interval -> interval.day() == day).toList();
    }

    /**
     * One business-hours interval, belonging to the day it starts on. An end of {@code 23:59:59} means the end of that
     * day (24:00); any other end that is not after the start crosses midnight into the next day, so an interval from
     * 00:00 to 00:00 is the whole day.
     */
    public record Interval(DayOfWeek day, LocalTime start, LocalTime end) {

        /** The end time that stands for the end of the day, 24:00. */
        public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

        private static final Duration ONE_DAY = Duration.ofDays(1);

        public Interval {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
        }

        /**
         * Parses raw input: {@code day} 0 = Monday .. 6 = Sunday, times {@code HH:MM} or {@code HH:MM:SS} (24-hour).
         *
         * @throws IllegalArgumentException whose message names the field ({@code day}, {@code start} or {@code end})
         */
        public static Interval parse(int day, String start, String end) {
            if (day < 0 || day > 6) {
                throw new IllegalArgumentException(
                        "day: " + day + " is not a day of the week (0 = Monday .. 6 = Sunday)");
            }
            return new Interval(
                    DayOfWeek.of(day + 1), LocalTimeText.parse("start", start), LocalTimeText.parse("end", end));
        }

        /** Where the interval starts, as time elapsed on the local clock since midnight of its day. */
        public Duration startOffset() {
            return Duration.ofNanos(start.toNanoOfDay());
        }

        /** Where the interval ends, from midnight of its start day: more than a day when it crosses midnight. */
        public Duration endOffset() {
            if (end.equals(END_OF_DAY)) {
                return ONE_DAY;
            }
            Duration sameDay = Duration.ofNanos(end.toNanoOfDay());
            return end.isAfter(start) ? sameDay : sameDay.plus(ONE_DAY);
        }
    }
}
