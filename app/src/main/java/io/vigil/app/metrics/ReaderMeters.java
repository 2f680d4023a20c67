package io.vigil.app.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The S3 object reader's breaker as {@code vigil.reader.breaker.state}: one series per state, 1 for the current one
 * and 0 for the others, so a dashboard can show the state and alert on {@code state="open"} directly.
 */
public final class ReaderMeters {

    private ReaderMeters() {}

    /** @param state the breaker's state now: CLOSED, OPEN or HALF_OPEN */
    public static void bindBreaker(MeterRegistry registry, Supplier<String> state) {
        for (String each : WebhookMeters.STATES) {
            Gauge.builder("vigil.reader.breaker.state", () -> each.equals(state.get()) ? 1 : 0)
                    .description("The S3 object reader's circuit breaker: 1 for its current state")
                    .tag("state", each.toLowerCase(Locale.ROOT))
                    .register(registry);
        }
    }
}
