package io.vigil.app.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vigil.connectors.webhook.WebhookObserver;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The webhook sender's meters: {@code vigil.webhook.attempts} (a timer of receiver latency, tagged by outcome; its
 * count is the number of attempts) and {@code vigil.webhook.breakers} (how many endpoint breakers are in each state).
 * Per endpoint would be one series per subscriber URL, so the breakers are counted by state only.
 */
public final class WebhookMeters implements WebhookObserver {

    static final List<String> OUTCOMES = List.of("delivered", "retryable", "rejected", "refused");
    static final List<String> STATES = List.of("CLOSED", "OPEN", "HALF_OPEN");

    /** Histogram buckets: a receiver is fast, slow or timing out (the request timeout is seconds). */
    private static final Duration[] LATENCY_BUCKETS = {
        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
        Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)
    };

    private final Map<String, Timer> attempts;
    private final Map<String, AtomicInteger> breakers;

    public WebhookMeters(MeterRegistry registry) {
        this.attempts = OUTCOMES.stream()
                .collect(Collectors.toUnmodifiableMap(
                        Function.identity(), outcome -> Timer.builder("vigil.webhook.attempts")
                                .description("Webhook delivery attempts and the receiver's latency, by outcome")
                                .tag("outcome", outcome)
                                .serviceLevelObjectives(LATENCY_BUCKETS)
                                .register(registry)));
        this.breakers = STATES.stream().collect(Collectors.toUnmodifiableMap(Function.identity(), state -> {
            AtomicInteger count = new AtomicInteger();
            Gauge.builder("vigil.webhook.breakers", count, AtomicInteger::get)
                    .description("Webhook endpoint circuit breakers in each state")
                    .tag("state", state.toLowerCase(Locale.ROOT))
                    .register(registry);
            return count;
        }));
    }

    @Override
    public void attempted(String outcome, Duration latency) {
        Timer timer = attempts.get(outcome);
        if (timer != null) {
            timer.record(latency);
        }
    }

    @Override
    public void breakerMoved(String from, String to) {
        if (from != null && breakers.containsKey(from)) {
            breakers.get(from).decrementAndGet();
        }
        if (breakers.containsKey(to)) {
            breakers.get(to).incrementAndGet();
        }
    }
}
