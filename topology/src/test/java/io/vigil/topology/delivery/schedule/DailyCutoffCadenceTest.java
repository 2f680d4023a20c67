package io.vigil.topology.delivery.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class DailyCutoffCadenceTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

    private static DailyCutoffCadence at(ZoneId zone, String cutoff) {
        return new DailyCutoffCadence(zone, LocalTimes.parse(cutoff), Set.of(), Set.of());
    }

    @Test
    void shouldBeDueAtTheFirstCutoffAtOrAfterMonitoringStarts() {
        DailyCutoffCadence cadence = at(LONDON, "10:00");

        assertThat(cadence.firstDue(Instant.parse("2026-01-05T10:00:00Z"))).isEqualTo("2026-01-05T10:00:00Z");
        assertThat(cadence.firstDue(Instant.parse("2026-01-05T10:00:01Z"))).isEqualTo("2026-01-06T10:00:00Z");
    }

    @Test
    void shouldAttributeALateFileToTheDayItArrivedOn() {
        DailyCutoffCadence cadence = at(LONDON, "10:00");

        assertThat(cadence.dueAfter(Instant.parse("2026-01-05T18:00:00Z"), LocalDate.of(2026, 1, 5)))
                .isEqualTo("2026-01-06T10:00:00Z");
    }

    @Test
    void shouldMoveACutoffInsideTheSpringForwardGapLaterByTheGap() {
        // 8 March 2026, New York: 02:00 EST jumps to 03:00 EDT; 02:30 does not exist and becomes 03:30 EDT.
        DailyCutoffCadence cadence = at(NEW_YORK, "02:30");

        assertThat(cadence.dueAfter(Instant.parse("2026-03-07T12:00:00Z"), LocalDate.of(2026, 3, 7)))
                .isEqualTo("2026-03-08T07:30:00Z");
    }

    @Test
    void shouldTakeTheEarlierInstantOfACutoffInsideTheFallBackOverlap() {
        // 25 October 2026, London: 01:30 happens at 00:30Z (BST) and again at 01:30Z (GMT).
        DailyCutoffCadence cadence = at(LONDON, "01:30");

        assertThat(cadence.dueAfter(Instant.parse("2026-10-24T12:00:00Z"), LocalDate.of(2026, 10, 24)))
                .isEqualTo("2026-10-25T00:30:00Z");
    }

    @Test
    void shouldFollowTheSouthernHemisphereClockChanges() {
        // Sydney leaves daylight time on 5 April 2026 (UTC+11 → UTC+10).
        DailyCutoffCadence cadence = at(SYDNEY, "09:00");

        assertThat(cadence.dueAfter(Instant.parse("2026-04-03T22:00:00Z"), LocalDate.of(2026, 4, 4)))
                .isEqualTo("2026-04-04T23:00:00Z");
    }

    @Test
    void shouldSkipDaysOfWeekNotListedAndCalendarDates() {
        DailyCutoffCadence weekdays = new DailyCutoffCadence(
                LONDON,
                LocalTime.of(10, 0),
                Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                Set.of(LocalDate.of(2026, 1, 12)));

        assertThat(weekdays.dueAfter(Instant.parse("2026-01-09T09:00:00Z"), LocalDate.of(2026, 1, 9)))
                .as("Friday's file: Saturday, Sunday and the holiday Monday are skipped")
                .isEqualTo("2026-01-13T10:00:00Z");
    }

    @Property
    void shouldAlwaysBeDueOnALaterLocalDateThanTheDeliveryDay(
            @ForAll @LongRange(min = 1_700_000_000L, max = 1_900_000_000L) long epochSecond) {
        Instant arrival = Instant.ofEpochSecond(epochSecond);
        for (ZoneId zone : Set.of(NEW_YORK, LONDON, SYDNEY)) {
            LocalDate day = arrival.atZone(zone).toLocalDate();
            Instant due = at(zone, "02:30").dueAfter(arrival, day);
            assertThat(due.atZone(zone).toLocalDate()).isAfter(day);
        }
    }
}
