package io.vigil.connectors.s3.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampSyntaxTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2024-02-29",
                "2000-02-29",
                "2023-12-31",
                "2024-01-01T00:00Z",
                "2024-01-01T23:59:59Z",
                "2024-01-01T12:30:15.5Z",
                "2024-01-01T12:30:15.123456789Z",
                "2024-01-01T12:30+01:00",
                "2024-01-01T12:30:15-05:30",
                "2024-01-01T12:30:15.250+18:00",
                "2024-06-30T00:00:00+00:00"
            })
    void shouldAcceptIsoDatesAndInstants(String value) {
        assertThat(TimestampSyntax.isTimestamp(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "2024",
                "2024-1-01",
                "2024-02-30",
                "2023-02-29",
                "1900-02-29",
                "2024-04-31",
                "2024-13-01",
                "2024-00-10",
                "2024-01-00",
                "2024-01-01T",
                "2024-01-01T12:30",
                "2024-01-01T12:30:15",
                "2024-01-01 12:30:15Z",
                "2024-01-01t12:30:15Z",
                "2024-01-01T24:00Z",
                "2024-01-01T12:60Z",
                "2024-01-01T12:30:60Z",
                "2024-01-01T12:30:15.Z",
                "2024-01-01T12:30:15.1234567890Z",
                "2024-01-01T12:30:15+19:00",
                "2024-01-01T12:30:15+01:60",
                "2024-01-01T12:30:15+0100",
                "2024-01-01T12:30:15+01",
                "2024-01-01T12:30:15ZZ",
                "2024-01-01T12:30:15z",
                "2024-01-01Z",
                " 2024-01-01",
                "2024-01-01 ",
                "20240101",
                "+2024-01-01",
                "2024-01-01T12:3Z"
            })
    void shouldRefuseOtherTexts(String value) {
        assertThat(TimestampSyntax.isTimestamp(value)).isFalse();
    }
}
