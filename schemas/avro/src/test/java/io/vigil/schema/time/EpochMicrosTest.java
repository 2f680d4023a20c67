package io.vigil.schema.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EpochMicrosTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1970-01-01T00:00:00Z",
                "2026-11-24T12:00:00.123456Z",
                "1969-12-31T23:59:59.999999Z",
                "1900-01-01T00:00:00.000001Z"
            })
    void agreesWithJavaTimeBothWays(String text) {
        Instant instant = Instant.parse(text);

        assertThat(EpochMicros.of(instant)).isEqualTo(ChronoUnit.MICROS.between(Instant.EPOCH, instant));
        assertThat(EpochMicros.toInstant(EpochMicros.of(instant))).isEqualTo(instant);
    }

    @Test
    void cutsFinerDigitsTowardsThePast() {
        assertThat(EpochMicros.of(Instant.parse("2026-11-24T12:00:00.123456789Z")))
                .isEqualTo(EpochMicros.of(Instant.parse("2026-11-24T12:00:00.123456Z")));
        assertThat(EpochMicros.toInstant(-1)).isEqualTo(Instant.parse("1969-12-31T23:59:59.999999Z"));
    }

    @Test
    void refusesWhatALongOfMicrosecondsCannotHold() {
        assertThatThrownBy(() -> EpochMicros.of(Instant.MAX)).isInstanceOf(ArithmeticException.class);
    }
}
