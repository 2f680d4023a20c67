package io.vigil.connectors.webhook;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One circuit breaker per endpoint URL, so that a receiver that is down stops being called (and stops holding worker
 * threads on timeouts) without slowing the others. A breaker opens after {@code failures} consecutive failed attempts
 * — Resilience4j's count-based window of that size with a 100% failure threshold is exactly that — stays open for the
 * recovery timeout, then lets one attempt through (half-open) and closes when it succeeds. A rejected message (a 4xx)
 * is a success here: the endpoint answered. Used by the sender's poll thread only.
 */
final class EndpointBreakers {

    private static final Logger log = LoggerFactory.getLogger(EndpointBreakers.class);

    private final CircuitBreakerConfig config;
    private final Map<String, CircuitBreaker> breakers = new HashMap<>();
    private final WebhookObserver observer;

    EndpointBreakers(int failures, Duration recovery, Clock clock, WebhookObserver observer) {
        this.observer = observer;
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be at least 1");
        }
        this.config = CircuitBreakerConfig.custom()
                .slidingWindow(failures, failures, SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(100)
                .waitDurationInOpenState(recovery)
                .permittedNumberOfCallsInHalfOpenState(1)
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .recordException(error -> true)
                .clock(clock)
                .build();
    }

    /** Whether an attempt to {@code url} may start now; in half-open state only one at a time is let through. */
    boolean tryAcquire(String url) {
        return breaker(url).tryAcquirePermission();
    }

    /** Counts an attempt acquired with {@link #tryAcquire}; a refused target sent nothing and counts for nothing. */
    void record(String url, AttemptResult result) {
        CircuitBreaker breaker = breaker(url);
        long nanos = result.latency().toNanos();
        switch (result.kind()) {
            case RETRYABLE -> breaker.onError(nanos, TimeUnit.NANOSECONDS, new EndpointFailure(result.error()));
            case DELIVERED, REJECTED -> breaker.onSuccess(nanos, TimeUnit.NANOSECONDS);
            case REFUSED -> breaker.releasePermission();
        }
    }

    /** CLOSED, OPEN or HALF_OPEN. */
    String state(String url) {
        return breaker(url).getState().name();
    }

    private CircuitBreaker breaker(String url) {
        return breakers.computeIfAbsent(url, this::create);
    }

    private CircuitBreaker create(String url) {
        CircuitBreaker breaker = CircuitBreaker.of(url, config);
        // The host only: a URL's path or query may carry a receiver's token.
        String host = hostOf(url);
        breaker.getEventPublisher().onStateTransition(event -> {
            log.warn("Webhook circuit breaker of {}: {}", host, event.getStateTransition());
            observer.breakerMoved(
                    event.getStateTransition().getFromState().name(),
                    event.getStateTransition().getToState().name());
        });
        observer.breakerMoved(null, breaker.getState().name());
        return breaker;
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "an endpoint without a host" : host;
        } catch (IllegalArgumentException e) {
            return "an invalid URL";
        }
    }

    /** What the breaker records for a failed attempt; it carries no stack trace, nobody reads one. */
    private static final class EndpointFailure extends RuntimeException {
        EndpointFailure(String message) {
            super(message, null, false, false);
        }
    }
}
