package io.vigil.connectors.s3;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The circuit breaker in front of S3: after {@code failures} consecutive failed reads it opens for {@code cooldown},
 * then lets one read through (half-open) and closes when it succeeds. Resilience4j's count-based window of size N with
 * a 100% failure threshold is exactly "N consecutive failures"; this class adds what {@code GET /breaker} shows.
 * Thread-safe.
 */
public final class ReaderBreaker {

    private static final Logger log = LoggerFactory.getLogger(ReaderBreaker.class);
    private static final int MAX_REASON_CHARS = 300;
    private static final int MAX_TRANSITIONS = 10;

    private final CircuitBreaker breaker;
    private final Duration cooldown;
    private final Clock clock;
    private int consecutiveFailures;
    private Instant lastFailureAt;
    private String lastFailure;
    private Instant openedAt;
    private final Deque<BreakerStatus.Transition> transitions = new ArrayDeque<>();

    public ReaderBreaker(int failures, Duration cooldown, Clock clock) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be at least 1");
        }
        this.cooldown = cooldown;
        this.clock = clock;
        this.breaker = CircuitBreaker.of(
                "s3-object-reader",
                CircuitBreakerConfig.custom()
                        .slidingWindow(failures, failures, SlidingWindowType.COUNT_BASED)
                        .failureRateThreshold(100)
                        .waitDurationInOpenState(cooldown)
                        .permittedNumberOfCallsInHalfOpenState(1)
                        .automaticTransitionFromOpenToHalfOpenEnabled(false)
                        .recordException(error -> true)
                        .clock(clock)
                        .build());
        breaker.getEventPublisher().onStateTransition(event -> {
            log.warn("S3 object reader circuit breaker: {}", event.getStateTransition());
            transitioned(event.getStateTransition().getToState());
        });
    }

    /** Whether one read may start now; in half-open state only one is let through until it ends. */
    public boolean tryAcquire() {
        return breaker.tryAcquirePermission();
    }

    /** A read acquired with {@link #tryAcquire} did not touch S3 after all (nobody claimed it, or it was poison). */
    public void release() {
        breaker.releasePermission();
    }

    public void succeeded(Duration took) {
        synchronized (this) {
            consecutiveFailures = 0;
        }
        breaker.onSuccess(took.toNanos(), TimeUnit.NANOSECONDS);
    }

    public void failed(Duration took, Throwable error) {
        synchronized (this) {
            consecutiveFailures++;
            lastFailureAt = clock.instant();
            lastFailure = reason(error);
        }
        breaker.onError(took.toNanos(), TimeUnit.NANOSECONDS, error);
    }

    /** Closes the breaker at once (an operator knows S3 is back). */
    public void reset() {
        breaker.reset();
        synchronized (this) {
            consecutiveFailures = 0;
            openedAt = null;
        }
        log.warn("S3 object reader circuit breaker reset by an operator");
    }

    public boolean isOpen() {
        return breaker.getState() == CircuitBreaker.State.OPEN;
    }

    public synchronized BreakerStatus status(int inFlight, int waiting, int pausedPartitions) {
        CircuitBreaker.State state = breaker.getState();
        Duration remaining = Duration.ZERO;
        if (state == CircuitBreaker.State.OPEN && openedAt != null) {
            Duration left = Duration.between(clock.instant(), openedAt.plus(cooldown));
            remaining = left.isNegative() ? Duration.ZERO : left;
        }
        return new BreakerStatus(
                state.name(),
                consecutiveFailures,
                lastFailureAt,
                lastFailure,
                remaining,
                inFlight,
                waiting,
                pausedPartitions,
                List.copyOf(transitions));
    }

    private synchronized void transitioned(CircuitBreaker.State to) {
        Instant now = clock.instant();
        if (to == CircuitBreaker.State.OPEN) {
            openedAt = now;
        }
        if (transitions.size() == MAX_TRANSITIONS) {
            transitions.removeFirst();
        }
        transitions.addLast(new BreakerStatus.Transition(to.name(), now));
    }

    private static String reason(Throwable error) {
        String reason = error.getClass().getSimpleName() + ": " + error.getMessage();
        return reason.length() <= MAX_REASON_CHARS ? reason : reason.substring(0, MAX_REASON_CHARS) + "…";
    }
}
