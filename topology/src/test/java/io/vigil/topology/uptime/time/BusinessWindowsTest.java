package io.vigil.topology.uptime.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessWindowsTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

    /** Hours from (day, start, end) triples as the API writes them: day 0 = Monday. */
    static WeeklyHours hours(Object... dayStartEnd) {
        WeeklyHours.Interval[] intervals = new WeeklyHours.Interval[dayStartEnd.length / 3];
        for (int i = 0; i < intervals.length; i++) {
            intervals[i] = WeeklyHours.Interval.parse(
                    (Integer) dayStartEnd[3 * i], (String) dayStartEnd[3 * i + 1], (String) dayStartEnd[3 * i + 2]);
        }
        return new WeeklyHours(Arrays.asList(intervals));
    }

    static TimeInterval between(String start, String end) {
        return new TimeInterval(Instant.parse(start), Instant.parse(end));
    }

    private static IntervalSet within(WeeklyHours hours, ZoneId zone, String start, String end) {
        return BusinessWindows.of(hours, zone, Set.of()).within(between(start, end));
    }

    @Test
    void shouldGiveAMidnightCrossingToTheDayItStartsOn() {
        // 5 January 2026 is a Monday.
        WeeklyHours mondayNight = hours(0, "22:00", "02:00");

        assertThat(within(mondayNight, ZoneOffset.UTC, "2026-01-05T00:00:00Z", "2026-01-07T00:00:00Z")
                        .intervals())
                .as("Monday's early hours belong to Sunday's hours, and Sunday has none")
                .containsExactly(between("2026-01-05T22:00:00Z", "2026-01-06T02:00:00Z"));
        assertThat(within(mondayNight, ZoneOffset.UTC, "2026-01-06T01:00:00Z", "2026-01-06T05:00:00Z")
                        .intervals())
                .as("a period that starts after midnight still sees the interval of the day before")
                .containsExactly(between("2026-01-06T01:00:00Z", "2026-01-06T02:00:00Z"));
    }

    @Test
    void shouldReadAnEndOf235959AsTheEndOfTheDay() {
        WeeklyHours hours = hours(0, "09:00", "23:59:59", 1, "00:00", "01:00");

        assertThat(within(hours, ZoneOffset.UTC, "2026-01-05T00:00:00Z", "2026-01-07T00:00:00Z")
                        .intervals())
                .containsExactly(between("2026-01-05T09:00:00Z", "2026-01-06T01:00:00Z"));
    }

    @Test
    void shouldMergeOverlappingIntervalsOfADayAndKeepSeparateOnesApart() {
        WeeklyHours hours = hours(0, "09:00", "12:00", 0, "11:00", "13:00", 0, "15:00", "17:00");

        assertThat(within(hours, ZoneOffset.UTC, "2026-01-05T00:00:00Z", "2026-01-06T00:00:00Z")
                        .intervals())
                .containsExactly(
                        between("2026-01-05T09:00:00Z", "2026-01-05T13:00:00Z"),
                        between("2026-01-05T15:00:00Z", "2026-01-05T17:00:00Z"));
    }

    @Test
    void shouldCountExactTimeAcrossTheNewYorkSpringForwardGap() {
        // Sunday 8 March 2026: 02:00 EST jumps to 03:00 EDT (07:00Z).
        IntervalSet open = within(
                hours(6, "01:00", "04:00", 6, "02:30", "05:00"),
                NEW_YORK,
                "2026-03-08T00:00:00Z",
                "2026-03-09T00:00:00Z");

        assertThat(open.intervals())
                .as("01:00 EST = 06:00Z; 02:30 does not exist and becomes 03:30 EDT; 05:00 EDT = 09:00Z")
                .containsExactly(between("2026-03-08T06:00:00Z", "2026-03-08T09:00:00Z"));
        assertThat(within(hours(6, "01:00", "04:00"), NEW_YORK, "2026-03-08T00:00:00Z", "2026-03-09T00:00:00Z")
                        .measure())
                .as("three hours on the local clock, two in exact time")
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void shouldTakeTheEarlierInstantInsideTheNewYorkFallBackOverlap() {
        // Sunday 1 November 2026: 02:00 EDT falls back to 01:00 EST (06:00Z); 01:30 happens at 05:30Z and 06:30Z.
        assertThat(within(hours(6, "01:30", "06:00"), NEW_YORK, "2026-11-01T00:00:00Z", "2026-11-02T00:00:00Z")
                        .intervals())
                .containsExactly(between("2026-11-01T05:30:00Z", "2026-11-01T11:00:00Z"));
        assertThat(within(hours(6, "00:00", "03:00"), NEW_YORK, "2026-11-01T00:00:00Z", "2026-11-02T00:00:00Z")
                        .measure())
                .as("three hours on the local clock, four in exact time")
                .isEqualTo(Duration.ofHours(4));
    }

    @Test
    void shouldCountTheLongNightOfTheLondonAutumnChange() {
        // Saturday 24 October 2026 22:00 BST = 21:00Z; Sunday 06:00 GMT = 06:00Z.
        assertThat(within(hours(5, "22:00", "06:00"), LONDON, "2026-10-24T00:00:00Z", "2026-10-26T00:00:00Z")
                        .intervals())
                .containsExactly(between("2026-10-24T21:00:00Z", "2026-10-25T06:00:00Z"));
    }

    @Test
    void shouldCountTheTwentyFiveHourSydneyDayWhenDaylightTimeEnds() {
        // Sunday 5 April 2026: 03:00 AEDT falls back to 02:00 AEST.
        IntervalSet open = within(WeeklyHours.ALWAYS_OPEN, SYDNEY, "2026-04-04T13:00:00Z", "2026-04-05T14:00:00Z");

        assertThat(open.intervals()).containsExactly(between("2026-04-04T13:00:00Z", "2026-04-05T14:00:00Z"));
        assertThat(open.measure()).isEqualTo(Duration.ofHours(25));
    }

    @Test
    void shouldDropOnAClosedDateOnlyTheIntervalsThatStartOnIt() {
        WeeklyHours nights = hours(0, "22:00", "02:00", 1, "22:00", "02:00", 2, "22:00", "02:00");
        BusinessWindows closedTuesday = BusinessWindows.of(nights, ZoneOffset.UTC, Set.of(LocalDate.of(2026, 1, 6)));

        assertThat(closedTuesday
                        .within(between("2026-01-05T00:00:00Z", "2026-01-09T00:00:00Z"))
                        .intervals())
                .containsExactly(
                        between("2026-01-05T22:00:00Z", "2026-01-06T02:00:00Z"),
                        between("2026-01-07T22:00:00Z", "2026-01-08T02:00:00Z"));
    }

    @Test
    void shouldBeOpenForTheWholePeriodWhenAlwaysOpen() {
        TimeInterval week = between("2026-10-28T17:00:00Z", "2026-11-04T17:00:00Z");

        assertThat(BusinessWindows.of(WeeklyHours.ALWAYS_OPEN, NEW_YORK, Set.of())
                        .within(week)
                        .intervals())
                .containsExactly(week);
    }

    @Test
    void shouldBeClosedOnDaysWithoutHours() {
        assertThat(within(hours(0, "09:00", "17:00"), ZoneOffset.UTC, "2026-01-06T00:00:00Z", "2026-01-12T00:00:00Z")
                        .isEmpty())
                .isTrue();
    }
}
