package io.vigil.connectors.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    @Test
    void shouldMakeEightAttemptsByDefaultTheFirstAtOnce() {
        RetrySchedule schedule = new RetrySchedule(RetrySchedule.DEFAULT_DELAYS, new Random(1));

        assertThat(schedule.attempts()).isEqualTo(8);
        assertThat(schedule.first()).isZero();
        assertThat(RetrySchedule.DEFAULT_DELAYS)
                .containsExactly(
                        Duration.ZERO,
                        Duration.ofSeconds(5),
                        Duration.ofMinutes(5),
                        Duration.ofMinutes(30),
                        Duration.ofHours(2),
                        Duration.ofHours(5),
                        Duration.ofHours(10),
                        Duration.ofHours(10));
    }

    @Test
    void shouldKeepEveryDelayWithinTenPercentOfTheSchedule() {
        RetrySchedule schedule = new RetrySchedule(RetrySchedule.DEFAULT_DELAYS, new Random(42));

        for (int round = 0; round < 200; round++) {
            for (int attempt = 1; attempt < 8; attempt++) {
                Duration planned = RetrySchedule.DEFAULT_DELAYS.get(attempt);
                Duration delay = schedule.after(attempt, Optional.empty()).orElseThrow();
                assertThat(delay.toNanos())
                        .isBetween((long) (planned.toNanos() * 0.9), (long) (planned.toNanos() * 1.1));
            }
        }
    }

    @Test
    void shouldSpreadDelaysThatWouldOtherwiseCoincide() {
        RetrySchedule schedule = new RetrySchedule(RetrySchedule.DEFAULT_DELAYS, new Random(7));

        List<Duration> delays = IntStream.range(0, 20)
                .mapToObj(i -> schedule.after(1, Optional.empty()).orElseThrow())
                .distinct()
                .toList();

        assertThat(delays).hasSizeGreaterThan(10);
    }

    @Test
    void shouldStopAfterTheLastAttempt() {
        RetrySchedule schedule = new RetrySchedule(List.of(Duration.ZERO, Duration.ofMillis(200)), new Random(1));

        assertThat(schedule.after(1, Optional.empty())).isPresent();
        assertThat(schedule.after(2, Optional.empty())).isEmpty();
        assertThat(schedule.after(2, Optional.of(Duration.ofSeconds(1))))
                .as("Retry-After does not add an attempt")
                .isEmpty();
    }

    @Test
    void shouldWaitAsLongAsTheReceiverAsksWhenThatIsLonger() {
        RetrySchedule schedule =
                new RetrySchedule(List.of(Duration.ZERO, Duration.ofSeconds(5), Duration.ofSeconds(5)), new Random(1));

        assertThat(schedule.after(1, Optional.of(Duration.ofMinutes(2)))).contains(Duration.ofMinutes(2));
        assertThat(schedule.after(2, Optional.of(Duration.ofSeconds(1))).orElseThrow())
                .as("a shorter Retry-After does not make the sender come back sooner")
                .isGreaterThanOrEqualTo(Duration.ofMillis(4500));
    }

    @Test
    void shouldRefuseAnEmptyOrNegativeSchedule() {
        assertThatThrownBy(() -> new RetrySchedule(List.of(), new Random()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(List.of(Duration.ofSeconds(-1)), new Random()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
