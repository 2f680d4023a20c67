package io.vigil.api.telemetry;

import io.vigil.config.VigilConfig;
import java.time.Duration;

/**
 * What the telemetry routes accept.
 *
 * @param maxBatchEvents most events one batch may carry
 * @param maxFutureEvent how far ahead of the clock an event may be dated
 * @param maxWindowN     largest {@code window_n} a rule may have
 */
public record TelemetryLimits(int maxBatchEvents, Duration maxFutureEvent, int maxWindowN) {

    public static TelemetryLimits from(VigilConfig config) {
        return new TelemetryLimits(
                config.telemetryMaxBatchEvents(), config.telemetryMaxFutureEvent(), config.telemetryMaxWindowN());
    }
}
