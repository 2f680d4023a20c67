package io.vigil.topology.uptime.alert;

import io.vigil.config.VigilConfig;
import java.time.Duration;

/**
 * How downtime alerts are raised.
 *
 * @param threshold the business-time inactivity beyond which a store is down
 * @param punctuationInterval how often (wall-clock time) the due index is read for stores that crossed the threshold
 */
public record AlertSettings(Duration threshold, Duration punctuationInterval) {

    /** 30 minutes of business-time inactivity, looked for every 10 seconds. */
    public static final AlertSettings DEFAULTS = new AlertSettings(Duration.ofMinutes(30), Duration.ofSeconds(10));

    public static AlertSettings from(VigilConfig config) {
        return new AlertSettings(config.uptimeAlertThreshold(), config.uptimeAlertCheckInterval());
    }

    /** @throws IllegalArgumentException if either duration is not positive */
    public AlertSettings {
        if (threshold.isZero() || threshold.isNegative()) {
            throw new IllegalArgumentException("alert threshold must be positive, not " + threshold);
        }
        if (punctuationInterval.isZero() || punctuationInterval.isNegative()) {
            throw new IllegalArgumentException(
                    "alert punctuation interval must be positive, not " + punctuationInterval);
        }
    }
}
