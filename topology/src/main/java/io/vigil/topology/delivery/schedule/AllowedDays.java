package io.vigil.topology.delivery.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** The local dates a cadence is active on: allowed weekdays (none listed = every day) minus skipped dates. */
record AllowedDays(Set<DayOfWeek> weekdays, Set<LocalDate> skipped) {

    /** A run of skipped dates longer than this is treated as a configuration that is never due. */
    static final int SEARCH_LIMIT_DAYS = 400;

    AllowedDays {
        weekdays = Set.copyOf(weekdays);
        skipped = Set.copyOf(skipped);
    }

    boolean allows(LocalDate date) {
        return (weekdays.isEmpty() || weekdays.contains(date.getDayOfWeek())) && !skipped.contains(date);
    }

    /** The first allowed date at or after {@code date}. */
    LocalDate firstFrom(LocalDate date) {
        LocalDate candidate = date;
        for (int i = 0; i <= SEARCH_LIMIT_DAYS; i++, candidate = candidate.plusDays(1)) {
            if (allows(candidate)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("no allowed day within " + SEARCH_LIMIT_DAYS + " days of " + date
                + " (days of week " + weekdays + ", " + skipped.size() + " skipped dates)");
    }
}
