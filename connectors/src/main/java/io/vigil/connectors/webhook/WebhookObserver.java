package io.vigil.connectors.webhook;

import java.time.Duration;

/**
 * What the sender reports as it works, for metrics: each finished attempt and each change of an endpoint's breaker.
 * Called on the sender's poll thread; keep it cheap.
 */
public interface WebhookObserver {

    /**
     * An attempt ended.
     *
     * @param outcome delivered, retryable, rejected or refused
     * @param latency how long the receiver took; zero when nothing was sent
     */
    void attempted(String outcome, Duration latency);

    /**
     * An endpoint's breaker changed state.
     *
     * @param from CLOSED, OPEN or HALF_OPEN; null for the breaker of an endpoint seen for the first time
     * @param to CLOSED, OPEN or HALF_OPEN
     */
    void breakerMoved(String from, String to);
}
