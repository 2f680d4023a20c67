package io.vigil.connectors.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.connectors.webhook.AttemptResult.Kind;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttemptResultTest {

    @ParameterizedTest
    @CsvSource({
        "200, DELIVERED",
        "204, DELIVERED",
        "500, RETRYABLE",
        "502, RETRYABLE",
        "503, RETRYABLE",
        "429, RETRYABLE",
        "400, REJECTED",
        "401, REJECTED",
        "404, REJECTED",
        "410, REJECTED",
        "302, REJECTED"
    })
    void shouldRetryOnlyServerErrorsAndThrottling(int status, Kind expected) {
        assertThat(AttemptResult.answered(status, Duration.ZERO, Optional.empty())
                        .kind())
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"429, true", "503, true", "500, false", "400, false"})
    void shouldHonourRetryAfterOnlyOnThrottlingAndUnavailable(int status, boolean honoured) {
        AttemptResult result = AttemptResult.answered(status, Duration.ZERO, Optional.of(Duration.ofSeconds(30)));

        assertThat(result.askedToWait().isPresent()).isEqualTo(honoured);
    }
}
