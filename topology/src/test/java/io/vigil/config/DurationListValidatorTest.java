package io.vigil.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class DurationListValidatorTest {

    @Test
    void shouldReadMillisecondsAndIsoDurations() {
        assertThat(DurationListValidator.parse("0, 200,PT0.5S, PT5M"))
                .containsExactly(Duration.ZERO, Duration.ofMillis(200), Duration.ofMillis(500), Duration.ofMinutes(5));
    }

    @Test
    void shouldDefaultToTheEightAttemptWebhookSchedule() {
        assertThat(new VigilConfig(Map.of()).webhooksRetrySchedule())
                .containsExactly(
                        Duration.ZERO,
                        Duration.ofSeconds(5),
                        Duration.ofMinutes(5),
                        Duration.ofMinutes(30),
                        Duration.ofHours(2),
                        Duration.ofHours(5),
                        Duration.ofHours(10),
                        Duration.ofHours(10));
        assertThat(new VigilConfig(Map.of()).webhooksAllowedCidrs()).isEqualTo(List.of());
    }

    @Test
    void shouldRefuseEmptyNegativeOrUnreadableSchedules() {
        for (String schedule : List.of("", "0,,5", "PT-5S", "soon", "5s")) {
            assertThatThrownBy(() -> new VigilConfig(Map.of(VigilConfig.WEBHOOKS_RETRY_SCHEDULE_CONFIG, schedule)))
                    .as(schedule)
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining(VigilConfig.WEBHOOKS_RETRY_SCHEDULE_CONFIG);
        }
    }
}
