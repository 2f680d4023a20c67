package io.vigil.topology.uptime.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeeklyHoursTest {

    @Test
    void shouldParseDayZeroAsMondayAndBothTimeForms() {
        WeeklyHours.Interval interval = WeeklyHours.Interval.parse(0, "09:00", "17:30:15");

        assertThat(interval.day()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(interval.start()).isEqualTo(LocalTime.of(9, 0));
        assertThat(interval.end()).isEqualTo(LocalTime.of(17, 30, 15));
        assertThat(WeeklyHours.Interval.parse(6, "00:00", "23:59:59").day()).isEqualTo(DayOfWeek.SUNDAY);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "7  | 09:00    | 17:00    | day: 7 is not a day of the week (0 = Monday .. 6 = Sunday)",
                "-1 | 09:00    | 17:00    | day: -1 is not a day of the week",
                "0  | 25:00    | 17:00    | start: \"25:00\" is not a time of day (HH:MM or HH:MM:SS",
                "0  | 24:00    | 17:00    | start: \"24:00\" is not a time of day",
                "0  | 09:00    | 12:60    | end: \"12:60\" is not a time of day",
                "0  | 09:00    | 12:00:60 | end: \"12:00:60\" is not a time of day",
                "0  | 9:00     | 17:00    | start: \"9:00\" is not a time of day",
                "0  | 09:00    | 17:00:0  | end: \"17:00:0\" is not a time of day",
                "0  | ab:cd    | 17:00    | start: \"ab:cd\" is not a time of day",
                "0  | 09-00    | 17:00    | start: \"09-00\" is not a time of day",
                "0  | 09:00    | 17:00-00 | end: \"17:00-00\" is not a time of day",
                "0  | 09:00    |          | end: missing (HH:MM or HH:MM:SS",
            })
    void shouldRejectBadInputWithAMessageThatNamesTheField(int day, String start, String end, String message) {
        assertThatThrownBy(() -> WeeklyHours.Interval.parse(day, start, end))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void shouldNotEchoLongInputInItsMessage() {
        String longText = "0".repeat(10_000);

        assertThatThrownBy(() -> WeeklyHours.Interval.parse(1, longText, "10:00"))
                .hasMessage("start: a text of 10000 characters is not a time of day (HH:MM or HH:MM:SS, from 00:00 to"
                        + " 23:59:59)");
    }

    @Test
    void shouldReadTheEndOfDayAndMidnightCrossingsAsOffsetsFromTheStartDay() {
        assertThat(WeeklyHours.Interval.parse(0, "09:00", "23:59:59").endOffset())
                .isEqualTo(Duration.ofHours(24));
        assertThat(WeeklyHours.Interval.parse(0, "22:00", "02:00").endOffset()).isEqualTo(Duration.ofHours(26));
        assertThat(WeeklyHours.Interval.parse(0, "09:00", "09:00").endOffset())
                .as("an end equal to the start is the same time the next day")
                .isEqualTo(Duration.ofHours(33));
        assertThat(WeeklyHours.Interval.parse(0, "10:15", "17:00").startOffset())
                .isEqualTo(Duration.ofMinutes(615));
    }

    @Test
    void shouldOpenAllDayEveryDayWhenAlwaysOpen() {
        for (DayOfWeek day : DayOfWeek.values()) {
            assertThat(WeeklyHours.ALWAYS_OPEN.on(day)).singleElement().satisfies(interval -> {
                assertThat(interval.startOffset()).isZero();
                assertThat(interval.endOffset()).isEqualTo(Duration.ofDays(1));
            });
        }
    }
}
