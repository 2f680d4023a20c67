package io.vigil.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WebhookMetersTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final WebhookMeters meters = new WebhookMeters(registry);

    @Test
    void shouldTimeEachAttemptUnderItsOutcome() {
        meters.attempted("delivered", Duration.ofMillis(40));
        meters.attempted("delivered", Duration.ofMillis(60));
        meters.attempted("retryable", Duration.ofSeconds(5));

        var delivered = registry.get("vigil.webhook.attempts")
                .tag("outcome", "delivered")
                .timer();
        assertThat(delivered.count()).isEqualTo(2);
        assertThat(delivered.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(100.0);
        assertThat(registry.get("vigil.webhook.attempts")
                        .tag("outcome", "retryable")
                        .timer()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void shouldCountTheEndpointsInEachBreakerState() {
        meters.breakerMoved(null, "CLOSED");
        meters.breakerMoved(null, "CLOSED");
        meters.breakerMoved("CLOSED", "OPEN");
        meters.breakerMoved("OPEN", "HALF_OPEN");

        assertThat(breakers("closed")).isEqualTo(1.0);
        assertThat(breakers("open")).isZero();
        assertThat(breakers("half_open")).isEqualTo(1.0);
    }

    private double breakers(String state) {
        return registry.get("vigil.webhook.breakers")
                .tag("state", state)
                .gauge()
                .value();
    }
}
