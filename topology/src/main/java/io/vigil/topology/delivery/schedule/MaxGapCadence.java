package io.vigil.topology.delivery.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * A file at most {@code maxGap} apart while the stream is active. Active windows run from {@code activeStart} to
 * {@code activeEnd} local time on allowed days; a window whose end is not after its start crosses midnight and belongs
 * to the day it starts. From an instant t: W is the window containing t, else the next to start; due = max(t, start of
 * W) + gap, and if that is after W's end, the start of the following window + gap.
 */
public record MaxGapCadence(
        ZoneId zone,
        LocalTime activeStart,
        LocalTime activeEnd,
        Set<DayOfWeek> days,
        Duration maxGap,
        Set<LocalDate> skipDates)
        implements Cadence {

    public MaxGapCadence {
        days = Set.copyOf(days);
        skipDates = Set.copyOf(skipDates);
    }

    @Override
    public Instant firstDue(Instant activeFrom) {
        return dueFrom(activeFrom);
    }

    @Override
    public Instant dueAfter(Instant arrivedAt, LocalDate deliveryDay) {
        return dueFrom(arrivedAt);
    }

    private Instant dueFrom(Instant t) {
        Window window = windowEndingAfter(t);
        Instant due = (t.isAfter(window.start()) ? t : window.start()).plus(maxGap);
        if (due.isAfter(window.end())) {
            return windowOn(allowed().firstFrom(window.date().plusDays(1)))
                    .start()
                    .plus(maxGap);
        }
        return due;
    }

    /** The window containing {@code t}, else the next one to start: the first window, by date, that ends after t. */
    private Window windowEndingAfter(Instant t) {
        LocalDate date = t.atZone(zone).toLocalDate().minusDays(1);
        for (int i = 0; i <= AllowedDays.SEARCH_LIMIT_DAYS; i++) {
            date = allowed().firstFrom(date);
            Window window = windowOn(date);
            if (window.end().isAfter(t)) {
                return window;
            }
            date = date.plusDays(1);
        }
        throw new IllegalArgumentException(
                "no active window within " + AllowedDays.SEARCH_LIMIT_DAYS + " days of " + t);
    }

    private Window windowOn(LocalDate date) {
        LocalDate endDate = activeEnd.isAfter(activeStart) ? date : date.plusDays(1);
        return new Window(
                date,
                ZonedDateTime.of(date, activeStart, zone).toInstant(),
                ZonedDateTime.of(endDate, activeEnd, zone).toInstant());
    }

    private AllowedDays allowed() {
        return new AllowedDays(days, skipDates);
    }

    private record Window(LocalDate date, Instant start, Instant end) {}
}
