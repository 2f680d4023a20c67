package io.vigil.topology.delivery.schedule;

import io.vigil.schema.delivery.CadenceType;
import io.vigil.schema.delivery.Expectation;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the cadence of a validated expectation. */
public final class Cadences {

    private Cadences() {}

    /** @param skipDates the dates of the expectation's skip calendar (empty without one) */
    public static Cadence of(Expectation expectation, Set<LocalDate> skipDates) {
        ZoneId zone = ZoneId.of(expectation.getTimezone());
        if (expectation.getCadence() == CadenceType.daily_cutoff) {
            return new DailyCutoffCadence(
                    zone,
                    LocalTimes.parse(expectation.getCutoffTimeLocal()),
                    weekdays(expectation.getDaysOfWeek()),
                    skipDates);
        }
        return new MaxGapCadence(
                zone,
                orMidnight(expectation.getActiveStartLocal()),
                orMidnight(expectation.getActiveEndLocal()),
                weekdays(expectation.getActiveDaysOfWeek()),
                Duration.ofMinutes(expectation.getMaxGapMinutes()),
                skipDates);
    }

    /** 0 = Monday .. 6 = Sunday, as the original service numbers days. */
    public static Set<DayOfWeek> weekdays(List<Integer> days) {
        return days.stream().map(day -> DayOfWeek.of(day + 1)).collect(Collectors.toUnmodifiableSet());
    }

    private static LocalTime orMidnight(String localTime) {
        return localTime == null ? LocalTime.MIDNIGHT : LocalTimes.parse(localTime);
    }
}
