package io.vigil.connectors.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How the webhook sender works.
 *
 * @param topics the alert topics it consumes, each with the event type its records are
 * @param groupId the consumer group every instance's sender shares, so each alert is sent by one of them
 * @param webhooksTopic the compacted topic of webhooks ({@code project_id/webhook_id} → Webhook)
 * @param deliveriesTopic where every attempt is logged
 * @param requestTimeout how long one POST may take, redirects included
 * @param recoveryTimeout how long an endpoint's open breaker waits before it lets one attempt through
 * @param failureThreshold consecutive failed attempts that open an endpoint's breaker
 * @param schedule the delay before each attempt, the first before the first attempt
 * @param maxWaiting deliveries held (waiting or being attempted) above which the alert partitions are paused
 * @param maxInFlight attempts made at the same time
 * @param allowedCidrs address blocks the SSRF guard lets through although they are internal (loopback in dev)
 * @param commitInterval how often finished offsets are committed
 * @param shutdownTimeout how long closing waits for attempts in flight
 */
public record WebhookSenderSettings(
        Map<String, EventType> topics,
        String groupId,
        String webhooksTopic,
        String deliveriesTopic,
        Duration requestTimeout,
        Duration recoveryTimeout,
        int failureThreshold,
        List<Duration> schedule,
        int maxWaiting,
        int maxInFlight,
        List<Cidr> allowedCidrs,
        Duration commitInterval,
        Duration shutdownTimeout) {

    public static final Map<String, EventType> DEFAULT_TOPICS = Map.of(
            "vigil.telemetry.alerts", EventType.TELEMETRY_ALERT,
            "vigil.delivery.alerts", EventType.DELIVERY_ALERT,
            "vigil.uptime.alerts", EventType.UPTIME_ALERT);
    public static final String DEFAULT_WEBHOOKS_TOPIC = "vigil.tenancy.webhooks";
    public static final String DEFAULT_DELIVERIES_TOPIC = "vigil.telemetry.webhook-deliveries";
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_RECOVERY_TIMEOUT = Duration.ofSeconds(60);
    public static final int DEFAULT_FAILURE_THRESHOLD = 5;
    public static final int DEFAULT_MAX_WAITING = 10_000;
    public static final int DEFAULT_MAX_IN_FLIGHT = 16;

    public WebhookSenderSettings {
        topics = Map.copyOf(topics);
        schedule = List.copyOf(schedule);
        allowedCidrs = List.copyOf(allowedCidrs);
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("the sender needs at least one alert topic");
        }
        if (maxWaiting < 1 || maxInFlight < 1 || failureThreshold < 1) {
            throw new IllegalArgumentException("maxWaiting, maxInFlight and failureThreshold must be at least 1");
        }
    }

    /** The default topics and bounds, with what configuration sets. */
    public static WebhookSenderSettings of(
            String groupId,
            Duration requestTimeout,
            Duration recoveryTimeout,
            List<Duration> schedule,
            int maxWaiting,
            List<Cidr> allowedCidrs) {
        return new WebhookSenderSettings(
                DEFAULT_TOPICS,
                groupId,
                DEFAULT_WEBHOOKS_TOPIC,
                DEFAULT_DELIVERIES_TOPIC,
                requestTimeout,
                recoveryTimeout,
                DEFAULT_FAILURE_THRESHOLD,
                schedule,
                maxWaiting,
                DEFAULT_MAX_IN_FLIGHT,
                allowedCidrs,
                Duration.ofSeconds(1),
                Duration.ofSeconds(10));
    }
}
