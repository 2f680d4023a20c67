package io.vigil.app.uptime.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UtcTimestampsTest {

    @Test
    void shouldReadTheOriginalForm() {
        assertThat(UtcTimestamps.parse("2023-01-25 18:13:22.47922 UTC"))
                .isEqualTo(Instant.parse("2023-01-25T18:13:22.479220Z"));
    }

    @ParameterizedTest
    @CsvSource({
        "2023-01-25 18:13:22 UTC, 2023-01-25T18:13:22Z",
        "2023-01-25 18:13:22.4 UTC, 2023-01-25T18:13:22.400Z",
        "2023-01-25 18:13:22.47 UTC, 2023-01-25T18:13:22.470Z",
        "2023-01-25 18:13:22.479 UTC, 2023-01-25T18:13:22.479Z",
        "2023-01-25 18:13:22.4792 UTC, 2023-01-25T18:13:22.479200Z",
        "2023-01-25 18:13:22.47922 UTC, 2023-01-25T18:13:22.479220Z",
        "2023-01-25 18:13:22.479221 UTC, 2023-01-25T18:13:22.479221Z",
        "2023-01-25 18:13:22.4792213 UTC, 2023-01-25T18:13:22.479221300Z",
        "2023-01-25 18:13:22.47922134 UTC, 2023-01-25T18:13:22.479221340Z",
        "2023-01-25 18:13:22.479221345 UTC, 2023-01-25T18:13:22.479221345Z",
        "2023-01-25 18:13:22.000000001 UTC, 2023-01-25T18:13:22.000000001Z"
    })
    void shouldReadZeroToNineFractionDigits(String text, String expected) {
        assertThat(UtcTimestamps.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2023-01-25T18:13:22.5Z",
                "2023-01-25T18:13:22.5z",
                "2023-01-25 18:13:22.5Z",
                "2023-01-25T18:13:22.5+00:00",
                "2023-01-25 18:13:22.5 +00:00",
                "2023-01-25T18:13:22.5 utc",
                "2023-01-25T18:13:22.5",
                "2023-01-25T20:13:22.5+02:00",
                "2023-01-25T15:43:22.5-02:30"
            })
    void shouldReadIsoFormsAndOffsets(String text) {
        assertThat(UtcTimestamps.parse(text)).isEqualTo(Instant.parse("2023-01-25T18:13:22.5Z"));
    }

    @Test
    void shouldReadLeapDaysAndTheEndsOfTheRange() {
        assertThat(UtcTimestamps.parse("2024-02-29 23:59:59 UTC")).isEqualTo(Instant.parse("2024-02-29T23:59:59Z"));
        assertThat(UtcTimestamps.parse("1970-01-01 00:00:00 UTC")).isEqualTo(Instant.EPOCH);
        assertThat(UtcTimestamps.parse("0000-01-01 00:00:00 UTC")).isEqualTo(Instant.parse("0000-01-01T00:00:00Z"));
        assertThat(UtcTimestamps.parse("9999-12-31 23:59:59.999999999 UTC"))
                .isEqualTo(Instant.parse("9999-12-31T23:59:59.999999999Z"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "yesterday",
                "2023-01-25",
                "2023-01-25 18:13 UTC",
                "2023-01-25 18:13:22.",
                "2023-01-25 18:13:22. UTC",
                "2023-01-25 18:13:22.1234567890 UTC",
                "2023-01-25 18:13:22 PST",
                "2023-01-25 18:13:22  UTC",
                "2023-01-25 18:13:22 UTC ",
                "2023-01-25 18:13:22 UTCX",
                "2023-01-25 18:13:22 ",
                "2023-01-25 18:13:22+19:00",
                "2023-01-25 18:13:22+02:60",
                "2023-01-25 18:13:22+0200",
                "2023-01-25x18:13:22 UTC",
                "2023/01/25 18:13:22 UTC",
                "2023-13-25 18:13:22 UTC",
                "2023-00-25 18:13:22 UTC",
                "2023-02-29 18:13:22 UTC",
                "2023-04-31 18:13:22 UTC",
                "2023-01-00 18:13:22 UTC",
                "2023-01-25 24:00:00 UTC",
                "2023-01-25 18:60:22 UTC",
                "2023-01-25 18:13:60 UTC",
                "+2023-01-25 18:13:22 UTC",
                "2023-1-25 18:13:22 UTC",
                "2023-01-25 18:13:2a UTC",
                "２０２３-01-25 18:13:22 UTC"
            })
    void shouldRejectAnythingElse(String text) {
        assertThat(UtcTimestamps.parse(text)).isNull();
    }
}
