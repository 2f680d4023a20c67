package io.vigil.connectors.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReaderBreakerTest {

    private static final Duration COOLDOWN = Duration.ofSeconds(60);
    private static final Duration TOOK = Duration.ofMillis(5);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final ReaderBreaker breaker = new ReaderBreaker(5, COOLDOWN, clock);

    @Test
    void shouldStayClosedUntilTheFifthConsecutiveFailure() {
        failTimes(4);
        assertThat(breaker.status(0, 0, 0).state()).isEqualTo("CLOSED");
        assertThat(breaker.status(0, 0, 0).consecutiveFailures()).isEqualTo(4);

        failTimes(1);

        BreakerStatus open = breaker.status(2, 7, 3);
        assertThat(open.state()).isEqualTo("OPEN");
        assertThat(open.cooldownRemaining()).isEqualTo(COOLDOWN);
        assertThat(open.lastFailureAt()).isEqualTo(clock.instant());
        assertThat(open.lastFailure()).contains("IOException").contains("connection refused");
        assertThat(open.inFlight()).isEqualTo(2);
        assertThat(open.waiting()).isEqualTo(7);
        assertThat(open.pausedPartitions()).isEqualTo(3);
        assertThat(breaker.tryAcquire()).isFalse();
    }

    @Test
    void shouldCountOnlyConsecutiveFailures() {
        failTimes(4);
        assertThat(breaker.tryAcquire()).isTrue();
        breaker.succeeded(TOOK);
        failTimes(4);

        assertThat(breaker.isOpen()).isFalse();
        assertThat(breaker.status(0, 0, 0).consecutiveFailures()).isEqualTo(4);
    }

    @Test
    void shouldLetOneReadThroughAfterTheCooldownAndCloseWhenItSucceeds() {
        failTimes(5);
        clock.advance(Duration.ofSeconds(45));
        assertThat(breaker.status(0, 0, 0).cooldownRemaining()).isEqualTo(Duration.ofSeconds(15));
        assertThat(breaker.tryAcquire()).isFalse();

        clock.advance(Duration.ofSeconds(15).plusMillis(1));
        assertThat(breaker.tryAcquire()).isTrue();
        assertThat(breaker.status(0, 0, 0).state()).isEqualTo("HALF_OPEN");
        assertThat(breaker.tryAcquire())
                .as("only one trial read while half-open")
                .isFalse();

        breaker.succeeded(TOOK);
        assertThat(breaker.status(0, 0, 0).state()).isEqualTo("CLOSED");
        assertThat(breaker.status(0, 0, 0).consecutiveFailures()).isZero();
        assertThat(breaker.status(0, 0, 0).recentTransitions())
                .extracting(BreakerStatus.Transition::state)
                .containsExactly("OPEN", "HALF_OPEN", "CLOSED");
        assertThat(breaker.tryAcquire()).isTrue();
    }

    @Test
    void shouldOpenAgainForAWholeCooldownWhenTheTrialReadFails() {
        failTimes(5);
        clock.advance(COOLDOWN.plusMillis(1));
        assertThat(breaker.tryAcquire()).isTrue();

        breaker.failed(TOOK, new IOException("still down"));

        assertThat(breaker.status(0, 0, 0).state()).isEqualTo("OPEN");
        assertThat(breaker.status(0, 0, 0).cooldownRemaining()).isEqualTo(COOLDOWN);
    }

    @Test
    void shouldCloseAtOnceWhenReset() {
        failTimes(5);

        breaker.reset();

        assertThat(breaker.status(0, 0, 0).state()).isEqualTo("CLOSED");
        assertThat(breaker.status(0, 0, 0).cooldownRemaining()).isZero();
        assertThat(breaker.tryAcquire()).isTrue();
    }

    private void failTimes(int times) {
        for (int i = 0; i < times; i++) {
            assertThat(breaker.tryAcquire()).isTrue();
            breaker.failed(TOOK, new IOException("connection refused"));
        }
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
