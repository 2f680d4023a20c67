package io.vigil.connectors.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-11-23T20:00:00Z");

    @Test
    void shouldReadDelaySeconds() {
        assertThat(RetryAfter.parse(Optional.of("120"), NOW)).contains(Duration.ofMinutes(2));
    }

    @Test
    void shouldReadAnHttpDate() {
        assertThat(RetryAfter.parse(Optional.of("Mon, 23 Nov 2026 20:01:30 GMT"), NOW))
                .contains(Duration.ofSeconds(90));
        assertThat(RetryAfter.parse(Optional.of("Mon, 23 Nov 2026 19:00:00 GMT"), NOW))
                .as("a date in the past means now")
                .contains(Duration.ZERO);
    }

    @Test
    void shouldIgnoreAnAbsentOrUnreadableValue() {
        assertThat(RetryAfter.parse(Optional.empty(), NOW)).isEmpty();
        assertThat(RetryAfter.parse(Optional.of("soon"), NOW)).isEmpty();
        assertThat(RetryAfter.parse(Optional.of("-5"), NOW)).isEmpty();
        assertThat(RetryAfter.parse(Optional.of("99999999999999999999999"), NOW))
                .isEmpty();
    }
}
