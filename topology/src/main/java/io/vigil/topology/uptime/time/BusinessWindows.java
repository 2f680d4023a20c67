package io.vigil.topology.uptime.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A store's business hours in exact time. Each local interval becomes instants as {@code ZonedDateTime.of} resolves
 * its local start and end: a time inside a spring-forward gap moves later by the length of the gap, one inside a
 * fall-back overlap takes the earlier instant, and the interval then lasts the exact time between the two (an interval
 * that this leaves empty counts for nothing). 24:00 is the start of the next local day. A closed date removes the
 * intervals that start on it; one that started the day before and crosses into it still counts.
 */
public final class BusinessWindows {

    private final WeeklyHours hours;
    private final ZoneId zone;
    private final Set<LocalDate> closedDates;

    private BusinessWindows(WeeklyHours hours, ZoneId zone, Set<LocalDate> closedDates) {
        this.hours = hours;
        this.zone = zone;
        this.closedDates = Set.copyOf(closedDates);
    }

    public static BusinessWindows of(WeeklyHours hours, ZoneId zone, Set<LocalDate> closedDates) {
        return new BusinessWindows(hours, zone, closedDates);
    }

    /** The business hours inside {@code period}. */
    public IntervalSet within(TimeInterval period) {
        // An interval starts on its local date and may cross midnight: begin with the day before the period.
        LocalDate date = period.start().atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = period.end().atZone(zone).toLocalDate();
        List<TimeInterval> intervals = new ArrayList<>();
        for (; !date.isAfter(last); date = date.plusDays(1)) {
            if (!closedDates.contains(date)) {
                addIntervalsOf(date, intervals);
            }
        }
        return IntervalSet.of(intervals).clip(period);
    }

    private void addIntervalsOf(LocalDate date, List<TimeInterval> into) {
        LocalDateTime midnight = date.atStartOfDay();
        for (WeeklyHours.Interval interval : hours.on(date.getDayOfWeek())) {
            Instant start = instant(midnight.plus(interval.startOffset()));
            Instant end = instant(midnight.plus(interval.endOffset()));
            if (start.isBefore(end)) {
                into.add(new TimeInterval(start, end));
            }
        }
    }

    private Instant instant(LocalDateTime local) {
        return ZonedDateTime.of(local, zone).toInstant();
    }
}
