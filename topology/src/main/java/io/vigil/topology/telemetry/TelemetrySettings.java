package io.vigil.topology.telemetry;

import io.vigil.config.VigilConfig;
import java.time.Duration;

/**
 * How the telemetry domain keeps what it has seen.
 *
 * @param recentRetention  how long events stay readable in {@value TelemetryNames#RECENT_STORE}, by event time
 * @param alertsPerDevice  how many alerts per device {@value TelemetryNames#ALERTS_STORE} keeps, newest first
 * @param deliveriesPerWebhook how many delivery attempts per webhook {@value TelemetryNames#DELIVERIES_STORE} keeps
 */
public record TelemetrySettings(Duration recentRetention, int alertsPerDevice, int deliveriesPerWebhook) {

    public static final TelemetrySettings DEFAULTS = new TelemetrySettings(Duration.ofDays(7), 1_000, 1_000);

    public static TelemetrySettings from(VigilConfig config) {
        return new TelemetrySettings(
                config.telemetryRecentRetention(),
                config.telemetryAlertsPerDevice(),
                config.telemetryDeliveriesPerWebhook());
    }

    public TelemetrySettings {
        if (recentRetention.isZero() || recentRetention.isNegative()) {
            throw new IllegalArgumentException("recent retention must be positive, not " + recentRetention);
        }
        if (alertsPerDevice < 1 || deliveriesPerWebhook < 1) {
            throw new IllegalArgumentException("alerts and deliveries kept must be at least 1");
        }
    }
}
