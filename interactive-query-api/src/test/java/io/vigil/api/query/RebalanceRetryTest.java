package io.vigil.api.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.api.error.ApiException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RebalanceRetryTest {

    private final ManualTime time = new ManualTime();
    private final RebalanceRetry retry = new RebalanceRetry(
            new QuerySettings(
                    Duration.ofMillis(1000), Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(1), 10),
            time);

    @Test
    void shouldRetryWithDoublingBackoffUntilTheStoreAnswers() {
        AtomicInteger attempts = new AtomicInteger();

        String answer = retry.call("store", () -> {
            if (attempts.incrementAndGet() < 4) {
                throw new StoreUnavailableException("rebalancing");
            }
            return "value";
        });

        assertThat(answer).isEqualTo("value");
        assertThat(time.sleeps()).containsExactly(50L, 100L, 200L);
    }

    @Test
    void shouldAnswer503WithRetryAfterOnceTheBudgetIsSpent() {
        assertThatThrownBy(() -> retry.call("store", () -> {
                    throw new StoreUnavailableException("rebalancing");
                }))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.code()).isEqualTo("unavailable");
                    assertThat(e.headers()).containsEntry("Retry-After", "1");
                    assertThat(e.getMessage()).contains("store", "rebalancing");
                });
        assertThat(time.sleeps()).containsExactly(50L, 100L, 200L, 200L, 200L, 200L);
        assertThat(time.sleeps().stream().mapToLong(Long::longValue).sum()).isLessThanOrEqualTo(1000L);
    }

    @Test
    void shouldNotRetryOtherFailures() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> retry.call("store", () -> {
                    attempts.incrementAndGet();
                    throw ApiException.notFound("no such key");
                }))
                .isInstanceOf(ApiException.class)
                .hasMessage("no such key");
        assertThat(attempts).hasValue(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void shouldTryOnceForForwardedRequests() {
        assertThatThrownBy(() -> RebalanceRetry.once("store", () -> {
                    throw new StoreUnavailableException("not the owner");
                }))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(503));
        assertThat(time.sleeps()).isEmpty();
    }
}
