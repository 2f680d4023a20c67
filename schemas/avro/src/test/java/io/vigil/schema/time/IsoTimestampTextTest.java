package io.vigil.schema.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IsoTimestampTextTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2024-01-01T00:00:00Z|2024-01-01T00:00:00Z",
                "2024-01-01T00:00Z|2024-01-01T00:00:00Z",
                "2024-01-01T00:00|2024-01-01T00:00:00Z",
                "2024-01-01T00:00:30|2024-01-01T00:00:30Z",
                "2024-01-01T00:01:00+02:00|2023-12-31T22:01:00Z",
                "2024-01-01T00:01-05:30|2024-01-01T05:31:00Z",
                "2024-01-01T00:04:00.123Z|2024-01-01T00:04:00.123Z",
                "2024-01-01T00:04:00.5|2024-01-01T00:04:00.5Z",
                "2024-01-01T00:04:00.123456Z|2024-01-01T00:04:00.123456Z",
                "2024-01-01T00:04:00.123456789Z|2024-01-01T00:04:00.123456Z",
                "2024-02-29T23:59:59+18:00|2024-02-29T05:59:59Z",
                "1969-12-31T23:59:59.999999Z|1969-12-31T23:59:59.999999Z",
                "0001-01-01T00:00Z|0001-01-01T00:00:00Z",
                "9999-12-31T23:59:59.999999-18:00|9999-12-31T23:59:59.999999-18:00"
            })
    void shouldGiveEpochMicros(String text, String expected) {
        assertThat(parse(text)).isEqualTo(micros(OffsetDateTime.parse(expected)));
    }

    @Test
    void shouldAgreeWithJavaTimeOnRandomInstants() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            long seconds = random.nextLong(-62_135_596_800L, 253_402_300_799L);
            int micros = random.nextInt(1_000_000);
            int offsetMinutes = random.nextInt(-18 * 60, 18 * 60 + 1);
            OffsetDateTime time = LocalDateTime.ofEpochSecond(seconds, micros * 1000, ZoneOffset.UTC)
                    .atOffset(ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
            String text = String.format(
                    "%04d-%02d-%02dT%02d:%02d:%02d.%06d%s",
                    time.getYear(),
                    time.getMonthValue(),
                    time.getDayOfMonth(),
                    time.getHour(),
                    time.getMinute(),
                    time.getSecond(),
                    micros,
                    offsetMinutes == 0 ? "Z" : time.getOffset().getId());
            assertThat(parse(text)).as(text).isEqualTo(micros(time));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "not-a-time",
                "2024-01-01",
                "2024-01-01T",
                "2024-01-01T00",
                "2024-01-01T00:0",
                "2024-01-01 00:00Z",
                "2024-01-01t00:00Z",
                "2024-01-01T00:00z",
                "2024-1-01T00:00Z",
                "2024-02-30T00:00Z",
                "2023-02-29T00:00Z",
                "1900-02-29T00:00Z",
                "2024-04-31T00:00Z",
                "2024-13-01T00:00Z",
                "2024-00-01T00:00Z",
                "2024-01-00T00:00Z",
                "2024-01-01T24:00Z",
                "2024-01-01T12:60Z",
                "2024-01-01T12:30:60Z",
                "2024-01-01T12:30:5Z",
                "2024-01-01T12:30:15.Z",
                "2024-01-01T12:30.5Z",
                "2024-01-01T12:30:15.1234567890Z",
                "2024-01-01T12:30:15+19:00",
                "2024-01-01T12:30:15+18:01",
                "2024-01-01T12:30:15+01:60",
                "2024-01-01T12:30:15+0100",
                "2024-01-01T12:30:15+01",
                "2024-01-01T12:30:15ZZ",
                "2024-01-01T12:30:15Z[UTC]",
                "+2024-01-01T12:30Z",
                "-2024-01-01T12:30Z",
                "2024-01-01T12:30:15 Z",
                "１２３４-01-01T00:00Z",
                " 2024-01-01T00:00Z",
                "2024-01-01T00:00Z\t"
            })
    void shouldRefuseWhatIsNotSuchATimestamp(String text) {
        assertThat(parse(text)).isEqualTo(IsoTimestampText.INVALID);
    }

    @Test
    void shouldReadOnlyItsRangeOfTheBuffer() {
        char[] buffer = "xx2024-01-01T00:00Zyy".toCharArray();

        assertThat(IsoTimestampText.parse(buffer, 2, 19)).isEqualTo(parse("2024-01-01T00:00Z"));
    }

    private static long parse(String text) {
        return IsoTimestampText.parse(text.toCharArray(), 0, text.length());
    }

    private static long micros(OffsetDateTime time) {
        return ChronoUnit.MICROS.between(OffsetDateTime.parse("1970-01-01T00:00Z"), time);
    }
}
