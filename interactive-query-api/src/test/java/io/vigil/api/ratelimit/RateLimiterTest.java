package io.vigil.api.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final ManualTimeMeter time = new ManualTimeMeter();

    private RateLimiter limiter(int rate) {
        return new RateLimiter(rate, RateLimiter.MAX_CLIENTS, time);
    }

    private static void assertAllowed(RateLimiter limiter, String client, int requests) {
        IntStream.range(0, requests).forEach(i -> assertThat(limiter.tryAcquire(client))
                .as("request %d", i)
                .isEmpty());
    }

    @Test
    void shouldAllowABurstOfTwiceTheRateAndRefuseTheNextRequest() {
        RateLimiter limiter = limiter(5);

        assertAllowed(limiter, "key_a", 10);

        assertThat(limiter.tryAcquire("key_a")).isPresent();
    }

    @Test
    void shouldAskToRetryAfterAWholeSecondWhenTheNextTokenIsLessThanASecondAway() {
        RateLimiter limiter = limiter(1);
        assertAllowed(limiter, "key_a", 2);

        time.advance(Duration.ofMillis(400));

        assertThat(limiter.tryAcquire("key_a")).isEqualTo(OptionalLong.of(1));
    }

    @Test
    void shouldAllowAgainOnceTheClockHasRefilledAToken() {
        RateLimiter limiter = limiter(1);
        assertAllowed(limiter, "key_a", 2);

        time.advance(Duration.ofMillis(999));
        assertThat(limiter.tryAcquire("key_a")).isEqualTo(OptionalLong.of(1));
        time.advance(Duration.ofMillis(1));

        assertThat(limiter.tryAcquire("key_a")).isEmpty();
        assertThat(limiter.tryAcquire("key_a")).isPresent();
    }

    @Test
    void shouldRefillAtTheRateNotTheBurst() {
        RateLimiter limiter = limiter(5);
        assertAllowed(limiter, "key_a", 10);

        time.advance(Duration.ofSeconds(1));

        assertAllowed(limiter, "key_a", 5);
        assertThat(limiter.tryAcquire("key_a")).isPresent();
    }

    @Test
    void shouldNeverRefuseWhenTheRateIsZero() {
        RateLimiter limiter = limiter(0);

        assertAllowed(limiter, "key_a", 10_000);

        assertThat(limiter.trackedClients()).isZero();
    }

    @Test
    void shouldLimitEachClientOnItsOwn() {
        RateLimiter limiter = limiter(1);
        assertAllowed(limiter, "10.0.0.1", 2);

        assertThat(limiter.tryAcquire("10.0.0.1")).isPresent();
        assertAllowed(limiter, "10.0.0.2", 2);
        assertThat(limiter.tryAcquire("10.0.0.2")).isPresent();
    }

    @Test
    void shouldForgetAClientOnceItsBucketWouldHaveRefilled() {
        RateLimiter limiter = limiter(1);
        assertAllowed(limiter, "key_a", 2);

        time.advance(Duration.ofSeconds(RateLimiter.BURST_SECONDS));

        assertThat(limiter.trackedClients()).isZero();
        assertAllowed(limiter, "key_a", 2);
        assertThat(limiter.tryAcquire("key_a")).isPresent();
    }

    @Test
    void shouldKeepNoMoreBucketsThanItsBoundWhenFloodedWithDistinctClients() {
        RateLimiter limiter = new RateLimiter(1, 100, time);

        IntStream.range(0, 10_000).forEach(i -> limiter.tryAcquire("client-" + i));

        assertThat(limiter.trackedClients()).isLessThanOrEqualTo(100);
    }

    @Test
    void shouldRejectANegativeRate() {
        assertThatThrownBy(() -> limiter(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
