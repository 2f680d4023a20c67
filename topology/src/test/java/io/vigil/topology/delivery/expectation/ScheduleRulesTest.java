package io.vigil.topology.delivery.expectation;

import static io.vigil.topology.delivery.expectation.Expectations.dailyCutoff;
import static io.vigil.topology.delivery.expectation.Expectations.errors;
import static io.vigil.topology.delivery.expectation.Expectations.fields;
import static io.vigil.topology.delivery.expectation.Expectations.maxGap;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Europe/London", "America/New_York", "Asia/Kolkata", "UTC", "Etc/GMT-2"})
    void shouldAcceptIanaZoneIds(String zone) {
        assertThat(errors(dailyCutoff().setTimezone(zone))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+02:00", "Z", "UTC+2", "GMT-05:30", "-0300"})
    void shouldRefuseFixedOffsetsBecauseTheyHaveNoDaylightSavingRules(String zone) {
        assertThat(errors(dailyCutoff().setTimezone(zone)))
                .containsExactly(new FieldError(
                        "timezone",
                        FieldErrors.quote(zone) + " is a fixed offset; use an IANA region id such as Europe/Berlin"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mars/Olympus", "europe/london", "", "Europe/London "})
    void shouldRefuseUnknownZones(String zone) {
        assertThat(errors(dailyCutoff().setTimezone(zone)))
                .containsExactly(new FieldError(
                        "timezone",
                        FieldErrors.quote(zone) + " is not an IANA time zone id (e.g. Europe/London, UTC)"));
    }

    @Test
    void shouldAcceptEachDayOnce() {
        assertThat(errors(dailyCutoff().setDaysOfWeek(List.of(6, 0, 1, 2, 3, 4, 5))))
                .isEmpty();
        assertThat(errors(maxGap().setActiveDaysOfWeek(List.of(0, 6)))).isEmpty();
    }

    @Test
    void shouldRefuseDaysOutsideTheWeekAndRepeatedDays() {
        assertThat(errors(dailyCutoff().setDaysOfWeek(List.of(0, 7, -1, 0))))
                .containsExactly(
                        new FieldError("days_of_week[1]", "7 is not a day of the week (0 = Monday .. 6 = Sunday)"),
                        new FieldError("days_of_week[2]", "-1 is not a day of the week (0 = Monday .. 6 = Sunday)"),
                        new FieldError("days_of_week[3]", "0 is listed twice"));
        assertThat(fields(maxGap().setActiveDaysOfWeek(List.of(3, 3)))).containsExactly("active_days_of_week[1]");
    }

    @Test
    void shouldRefuseMoreThanSevenDaysWithOneError() {
        assertThat(errors(dailyCutoff().setDaysOfWeek(List.of(0, 1, 2, 3, 4, 5, 6, 0, 1))))
                .containsExactly(new FieldError("days_of_week", "has 9 entries; at most 7 (empty = every day)"));
    }

    @Test
    void shouldKeepGraceWithinAWeek() {
        assertThat(errors(dailyCutoff().setGraceMinutes(0))).isEmpty();
        assertThat(errors(dailyCutoff().setGraceMinutes(10_080))).isEmpty();
        assertThat(errors(dailyCutoff().setGraceMinutes(-1)))
                .containsExactly(new FieldError("grace_minutes", "must be between 0 and 10080 (one week), was -1"));
        assertThat(fields(dailyCutoff().setGraceMinutes(10_081))).containsExactly("grace_minutes");
    }

    @Test
    void shouldKeepAWarningBetweenOneMinuteAndAWeek() {
        assertThat(errors(dailyCutoff().setWarnMinutesBefore(null))).isEmpty();
        assertThat(errors(dailyCutoff().setWarnMinutesBefore(1))).isEmpty();
        assertThat(errors(dailyCutoff().setWarnMinutesBefore(10_080))).isEmpty();
        assertThat(errors(dailyCutoff().setWarnMinutesBefore(0)))
                .containsExactly(
                        new FieldError("warn_minutes_before", "must be between 1 and 10080 (one week), was 0"));
        assertThat(fields(dailyCutoff().setWarnMinutesBefore(10_081))).containsExactly("warn_minutes_before");
    }

    @Test
    void shouldRequireTheSkipCalendarToBeAnId() {
        assertThat(errors(dailyCutoff().setSkipCalendar("uk_bank-holidays.2026")))
                .isEmpty();
        assertThat(fields(dailyCutoff().setSkipCalendar("uk holidays"))).containsExactly("skip_calendar");
        assertThat(fields(dailyCutoff().setSkipCalendar(""))).containsExactly("skip_calendar");
    }
}
