package io.vigil.connectors.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EndpointBreakersTest {

    private static final String DOWN = "https://down.example/hook";
    private static final String UP = "https://up.example/hook";

    private final RecordingWebhookObserver observer = new RecordingWebhookObserver();
    private final EndpointBreakers breakers =
            new EndpointBreakers(5, Duration.ofMillis(200), Clock.systemUTC(), observer);

    @Test
    void shouldReportANewEndpointsBreakerAndEachOfItsChanges() {
        for (int i = 0; i < 5; i++) {
            fail(DOWN);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> breakers.tryAcquire(DOWN));
        breakers.record(DOWN, AttemptResult.answered(200, Duration.ofMillis(5), Optional.empty()));

        assertThat(observer.moves)
                .containsExactly("null->CLOSED", "CLOSED->OPEN", "OPEN->HALF_OPEN", "HALF_OPEN->CLOSED");
    }

    @Test
    void shouldOpenAfterFiveConsecutiveFailuresOfOneEndpointOnly() {
        for (int i = 0; i < 4; i++) {
            fail(DOWN);
        }
        assertThat(breakers.state(DOWN)).isEqualTo("CLOSED");

        fail(DOWN);

        assertThat(breakers.state(DOWN)).isEqualTo("OPEN");
        assertThat(breakers.tryAcquire(DOWN)).isFalse();
        assertThat(breakers.tryAcquire(UP)).as("other endpoints are not held").isTrue();
    }

    @Test
    void shouldNotOpenWhenASuccessOrARejectionBreaksTheRun() {
        for (int i = 0; i < 4; i++) {
            fail(DOWN);
        }
        assertThat(breakers.tryAcquire(DOWN)).isTrue();
        breakers.record(DOWN, AttemptResult.answered(400, Duration.ofMillis(5), Optional.empty()));
        for (int i = 0; i < 4; i++) {
            fail(DOWN);
        }

        assertThat(breakers.state(DOWN))
                .as("the endpoint answered: a 4xx is not its failure")
                .isEqualTo("CLOSED");
    }

    @Test
    void shouldLetOneAttemptThroughAfterTheRecoveryTimeoutAndCloseWhenItSucceeds() {
        for (int i = 0; i < 5; i++) {
            fail(DOWN);
        }

        await().atMost(Duration.ofSeconds(5)).until(() -> breakers.tryAcquire(DOWN));
        assertThat(breakers.state(DOWN)).isEqualTo("HALF_OPEN");
        assertThat(breakers.tryAcquire(DOWN)).as("one trial at a time").isFalse();

        breakers.record(DOWN, AttemptResult.answered(200, Duration.ofMillis(5), Optional.empty()));

        assertThat(breakers.state(DOWN)).isEqualTo("CLOSED");
        assertThat(breakers.tryAcquire(DOWN)).isTrue();
    }

    @Test
    void shouldNotCountARefusedTarget() {
        for (int i = 0; i < 10; i++) {
            assertThat(breakers.tryAcquire(DOWN)).isTrue();
            breakers.record(DOWN, AttemptResult.refused("a loopback address"));
        }

        assertThat(breakers.state(DOWN)).isEqualTo("CLOSED");
    }

    private void fail(String url) {
        assertThat(breakers.tryAcquire(url)).isTrue();
        breakers.record(url, AttemptResult.answered(500, Duration.ofMillis(5), Optional.empty()));
    }
}
