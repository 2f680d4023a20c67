package io.vigil.topology.delivery.expectation;

import static io.vigil.topology.delivery.expectation.Expectations.dailyCutoff;
import static io.vigil.topology.delivery.expectation.Expectations.errors;
import static io.vigil.topology.delivery.expectation.Expectations.fields;
import static io.vigil.topology.delivery.expectation.Expectations.maxGap;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.schema.delivery.Expectation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CadenceRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"00:00", "10:00", "23:59", "07:30:15", "23:59:59"})
    void shouldAcceptTimesOfDayInBothForms(String time) {
        assertThat(errors(dailyCutoff().setCutoffTimeLocal(time))).isEmpty();
        assertThat(errors(maxGap().setActiveStartLocal(time).setActiveEndLocal("07:00")))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"25:00", "24:00", "9:00", "10:0", "10:60", "10:00:60", "10.00", "10:00 ", "ten", ""})
    void shouldRefuseAnythingElseAsATimeOfDay(String time) {
        assertThat(errors(dailyCutoff().setCutoffTimeLocal(time)))
                .containsExactly(new FieldError(
                        "cutoff_time_local", FieldErrors.quote(time) + " is not a time of day (HH:MM or HH:MM:SS)"));
        assertThat(fields(maxGap().setActiveEndLocal(time))).containsExactly("active_end_local");
        assertThat(fields(maxGap().setActiveStartLocal(time))).containsExactly("active_start_local");
    }

    @Test
    void shouldRequireACadence() {
        Expectation expectation = dailyCutoff().build();
        expectation.setCadence(null);

        assertThat(ExpectationValidator.validate(expectation))
                .containsExactly(new FieldError("cadence", "is required (daily_cutoff or max_gap)"));
    }

    @Test
    void shouldRequireACutoffForADailyCutoff() {
        assertThat(errors(dailyCutoff().setCutoffTimeLocal(null)))
                .containsExactly(new FieldError("cutoff_time_local", "is required when cadence is daily_cutoff"));
    }

    @Test
    void shouldRefuseMaxGapFieldsOnADailyCutoff() {
        assertThat(errors(dailyCutoff()
                        .setMaxGapMinutes(60)
                        .setActiveStartLocal("08:00")
                        .setActiveEndLocal("18:00")
                        .setActiveDaysOfWeek(List.of(0))))
                .containsExactly(
                        new FieldError("max_gap_minutes", "is only for cadence max_gap"),
                        new FieldError("active_start_local", "is only for cadence max_gap"),
                        new FieldError("active_end_local", "is only for cadence max_gap"),
                        new FieldError("active_days_of_week", "is only for cadence max_gap; use days_of_week"));
    }

    @Test
    void shouldRefuseDailyCutoffFieldsOnAMaxGap() {
        assertThat(errors(maxGap().setCutoffTimeLocal("10:00").setDaysOfWeek(List.of(0))))
                .containsExactly(
                        new FieldError("cutoff_time_local", "is only for cadence daily_cutoff"),
                        new FieldError("days_of_week", "is only for cadence daily_cutoff; use active_days_of_week"));
    }

    @Test
    void shouldRequireAPositiveGap() {
        assertThat(errors(maxGap().setMaxGapMinutes(null)))
                .containsExactly(new FieldError("max_gap_minutes", "is required when cadence is max_gap"));
        assertThat(errors(maxGap().setMaxGapMinutes(0)))
                .containsExactly(new FieldError("max_gap_minutes", "must be greater than 0, was 0"));
        assertThat(fields(maxGap().setMaxGapMinutes(-5))).containsExactly("max_gap_minutes");
        assertThat(errors(maxGap().setMaxGapMinutes(1))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "08:00, 18:00, 600",
        "22:00, 02:00, 240",
        "23:30, 00:00, 30",
        "00:00, 00:00, 1440",
        "09:00, 09:00, 1440",
        "06:00:30, 06:10:30, 10"
    })
    void shouldRequireTheGapToFitTheWindowEvenAcrossMidnight(String start, String end, int windowMinutes) {
        Expectation.Builder window = maxGap().setActiveStartLocal(start).setActiveEndLocal(end);

        assertThat(errors(window.setMaxGapMinutes(windowMinutes))).isEmpty();
        assertThat(errors(window.setMaxGapMinutes(windowMinutes + 1)))
                .containsExactly(new FieldError(
                        "max_gap_minutes",
                        (windowMinutes + 1) + " minutes is longer than the active window (" + start + "-" + end + " is "
                                + windowMinutes + " minutes)"));
    }

    @Test
    void shouldTakeTheWholeDayWithoutAWindow() {
        Expectation.Builder wholeDay = maxGap().setActiveStartLocal(null).setActiveEndLocal(null);

        assertThat(errors(wholeDay.setMaxGapMinutes(1440))).isEmpty();
        assertThat(errors(wholeDay.setMaxGapMinutes(1441)))
                .containsExactly(new FieldError(
                        "max_gap_minutes",
                        "1441 minutes is longer than the active window (the whole day is 1440 minutes)"));
    }

    @Test
    void shouldRequireBothEndsOfAWindow() {
        assertThat(errors(maxGap().setActiveEndLocal(null)))
                .containsExactly(new FieldError(
                        "active_end_local", "is required with active_start_local (leave both out for the whole day)"));
        assertThat(errors(maxGap().setActiveStartLocal(null)))
                .containsExactly(new FieldError(
                        "active_start_local", "is required with active_end_local (leave both out for the whole day)"));
    }

    @Test
    void shouldNotJudgeTheGapAgainstAWindowThatDoesNotParse() {
        assertThat(fields(maxGap().setActiveEndLocal("26:00").setMaxGapMinutes(5000)))
                .containsExactly("active_end_local");
    }
}
