package io.vigil.topology.delivery.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * One file per allowed local date, due at the cutoff. After an arrival counting for day D, the next due is the cutoff on
 * the first allowed date strictly after D: a late file on D satisfies D, and yesterday's late file never satisfies
 * today.
 */
public record DailyCutoffCadence(ZoneId zone, LocalTime cutoff, Set<DayOfWeek> days, Set<LocalDate> skipDates)
        implements Cadence {

    public DailyCutoffCadence {
        days = Set.copyOf(days);
        skipDates = Set.copyOf(skipDates);
    }

    @Override
    public Instant firstDue(Instant activeFrom) {
        LocalDate date = allowed().firstFrom(activeFrom.atZone(zone).toLocalDate());
        while (cutoffOn(date).isBefore(activeFrom)) {
            date = allowed().firstFrom(date.plusDays(1));
        }
        return cutoffOn(date);
    }

    @Override
    public Instant dueAfter(Instant arrivedAt, LocalDate deliveryDay) {
        return cutoffOn(allowed().firstFrom(deliveryDay.plusDays(1)));
    }

    private Instant cutoffOn(LocalDate date) {
        return ZonedDateTime.of(date, cutoff, zone).toInstant();
    }

    private AllowedDays allowed() {
        return new AllowedDays(days, skipDates);
    }
}
