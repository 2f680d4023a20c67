package io.vigil.api.query;

import io.vigil.api.error.ApiException;
import java.time.Duration;
import java.util.function.Supplier;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries a query while its store is unavailable (rebalancing, restoring, owner unreachable), with doubling pauses,
 * until the budget is spent; then answers 503 with {@code Retry-After}.
 */
final class RebalanceRetry {

    static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(RebalanceRetry.class);

    private final QuerySettings settings;
    private final Time time;

    RebalanceRetry(QuerySettings settings, Time time) {
        this.settings = settings;
        this.time = time;
    }

    <T> T call(String storeName, Supplier<T> attempt) {
        long deadline = time.milliseconds() + settings.retryBudget().toMillis();
        long backoff = settings.initialBackoff().toMillis();
        int attempts = 0;
        while (true) {
            attempts++;
            try {
                return attempt.get();
            } catch (StoreUnavailableException e) {
                if (time.milliseconds() + backoff > deadline) {
                    LOG.info("Store {} still unavailable after {} attempts: {}", storeName, attempts, e.getMessage());
                    throw unavailable(storeName, e);
                }
                LOG.debug("Store {} unavailable, retrying in {} ms: {}", storeName, backoff, e.getMessage());
                time.sleep(backoff);
                backoff = Math.min(backoff * 2, settings.maxBackoff().toMillis());
            }
        }
    }

    /** One attempt only: for requests forwarded by another instance, which does the retrying itself. */
    static <T> T once(String storeName, Supplier<T> attempt) {
        try {
            return attempt.get();
        } catch (StoreUnavailableException e) {
            throw unavailable(storeName, e);
        }
    }

    private static ApiException unavailable(String storeName, StoreUnavailableException e) {
        return ApiException.unavailable(
                "Store " + storeName + " is not available right now (" + e.getMessage() + "); retry shortly",
                RETRY_AFTER);
    }
}
