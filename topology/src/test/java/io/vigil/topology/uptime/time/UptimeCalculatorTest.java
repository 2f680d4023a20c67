package io.vigil.topology.uptime.time;

import static io.vigil.topology.uptime.time.BusinessWindowsTest.hours;
import static io.vigil.topology.uptime.time.StatusTimelineTest.active;
import static io.vigil.topology.uptime.time.StatusTimelineTest.inactive;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UptimeCalculatorTest {

    /** Monday 12 January 2026, noon UTC. */
    private static final Instant REF = Instant.parse("2026-01-12T12:00:00Z");

    private static final WeeklyHours NINE_TO_FIVE = hours(
            0, "09:00", "17:00", 1, "09:00", "17:00", 2, "09:00", "17:00", 3, "09:00", "17:00", 4, "09:00", "17:00", 5,
            "09:00", "17:00", 6, "09:00", "17:00");

    private static PeriodFigures figures(Duration up, Duration down, Duration unknown) {
        return new PeriodFigures(up, down, unknown);
    }

    private static Duration hoursOf(double hours) {
        return Duration.ofSeconds(Math.round(hours * 3600));
    }

    @Test
    void shouldCountAllBusinessTimeAsDowntimeForAStoreWithoutPolls() {
        UptimeFigures figures = UptimeCalculator.of(
                        WeeklyHours.ALWAYS_OPEN, ZoneOffset.UTC, Set.of(), List.of(), StatusOptions.DEFAULTS)
                .at(REF);

        assertThat(figures.lastHour()).isEqualTo(figures(Duration.ZERO, Duration.ofHours(1), Duration.ZERO));
        assertThat(figures.lastDay()).isEqualTo(figures(Duration.ZERO, Duration.ofHours(24), Duration.ZERO));
        assertThat(figures.lastWeek()).isEqualTo(figures(Duration.ZERO, Duration.ofHours(168), Duration.ZERO));
    }

    @Test
    void shouldCountOnlyBusinessHoursWhenAllPollsFallInsideTheLastHour() {
        List<Poll> polls = List.of(active("2026-01-12T11:30:00Z"), inactive("2026-01-12T11:45:00Z"));

        UptimeFigures figures = UptimeCalculator.of(
                        NINE_TO_FIVE, ZoneOffset.UTC, Set.of(), polls, StatusOptions.DEFAULTS)
                .at(REF);

        assertThat(figures.lastHour())
                .isEqualTo(figures(Duration.ofMinutes(15), Duration.ofMinutes(45), Duration.ZERO));
        assertThat(figures.lastDay())
                .as("business: Sunday 12:00-17:00 and Monday 09:00-12:00")
                .isEqualTo(figures(Duration.ofMinutes(15), hoursOf(7.75), Duration.ZERO));
        assertThat(figures.lastWeek())
                .as("business: 5 h on the first Monday, 8 h on six days, 3 h today")
                .isEqualTo(figures(Duration.ofMinutes(15), hoursOf(55.75), Duration.ZERO));
    }

    @Test
    void shouldLeaveClosedDatesOutOfBusinessTime() {
        UptimeFigures figures = UptimeCalculator.of(
                        WeeklyHours.ALWAYS_OPEN,
                        ZoneOffset.UTC,
                        Set.of(LocalDate.of(2026, 1, 11)),
                        List.of(active("2026-01-01T00:00:00Z")),
                        StatusOptions.DEFAULTS)
                .at(REF);

        assertThat(figures.lastDay().uptime()).isEqualTo(Duration.ofHours(12));
        assertThat(figures.lastWeek().uptime()).isEqualTo(Duration.ofHours(144));
    }

    @Test
    void shouldReportSilenceBeyondTheMaxPollGapAsUnknown() {
        UptimeFigures figures = UptimeCalculator.of(
                        WeeklyHours.ALWAYS_OPEN,
                        ZoneOffset.UTC,
                        Set.of(),
                        List.of(active("2026-01-12T11:30:00Z")),
                        StatusOptions.withMaxPollGap(Duration.ofMinutes(10)))
                .at(REF);

        assertThat(figures.lastHour())
                .isEqualTo(figures(Duration.ofMinutes(10), Duration.ZERO, Duration.ofMinutes(50)));
        assertThat(figures.lastWeek().unknown()).isEqualTo(Duration.ofHours(168).minusMinutes(10));
    }

    @Test
    void shouldCountExactTimeInWeeksWithANewYorkClockChange() {
        ZoneId newYork = ZoneId.of("America/New_York");
        List<Poll> alwaysUp = List.of(active("2026-01-01T00:00:00Z"));

        UptimeFigures spring = UptimeCalculator.of(
                        hours(6, "01:00", "04:00"), newYork, Set.of(), alwaysUp, StatusOptions.DEFAULTS)
                .at(Instant.parse("2026-03-09T12:00:00Z"));
        UptimeFigures autumn = UptimeCalculator.of(
                        hours(6, "00:00", "03:00"), newYork, Set.of(), alwaysUp, StatusOptions.DEFAULTS)
                .at(Instant.parse("2026-11-02T12:00:00Z"));

        assertThat(spring.lastWeek().uptime())
                .as("01:00-04:00 on 8 March lasts 2 h")
                .isEqualTo(Duration.ofHours(2));
        assertThat(autumn.lastWeek().uptime())
                .as("00:00-03:00 on 1 November lasts 4 h")
                .isEqualTo(Duration.ofHours(4));
        assertThat(autumn.lastDay().businessTime()).isZero();
    }
}
