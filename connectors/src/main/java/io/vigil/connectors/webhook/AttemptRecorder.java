package io.vigil.connectors.webhook;

import io.vigil.schema.telemetry.DeliveryOutcome;
import io.vigil.schema.telemetry.WebhookDelivery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * What follows a finished attempt: the endpoint's breaker counts it, the attempt log gets it, and the delivery is
 * either over (delivered, rejected, refused, out of attempts) or scheduled again. Used by the sender's poll thread only.
 */
final class AttemptRecorder {

    private final EndpointBreakers breakers;
    private final RetrySchedule schedule;
    private final DeliveryLog attemptLog;
    private final Clock clock;
    private final WebhookObserver observer;

    AttemptRecorder(
            EndpointBreakers breakers,
            RetrySchedule schedule,
            DeliveryLog attemptLog,
            Clock clock,
            WebhookObserver observer) {
        this.breakers = breakers;
        this.schedule = schedule;
        this.attemptLog = attemptLog;
        this.clock = clock;
        this.observer = observer;
    }

    void record(Attempted attempted, DeliveryBook book) {
        PendingDelivery delivery = attempted.delivery();
        AttemptResult result = attempted.result();
        String url = attempted.webhook().getUrl();
        breakers.record(url, result);
        observer.attempted(result.kind().name().toLowerCase(Locale.ROOT), result.latency());
        Instant now = clock.instant();
        WebhookDelivery.Builder entry = attemptLog
                .entry(delivery, delivery.attempts(), now, breakers.state(url))
                .setStatusCode(result.statusCode())
                .setLatencyMs(
                        result.kind() == AttemptResult.Kind.REFUSED
                                ? null
                                : result.latency().toMillis())
                .setError(result.error());
        DeliveryOutcome outcome =
                switch (result.kind()) {
                    case DELIVERED -> DeliveryOutcome.delivered;
                    case REJECTED -> DeliveryOutcome.failed;
                    case REFUSED -> DeliveryOutcome.refused;
                    case RETRYABLE -> retry(delivery, result, now, entry);
                };
        attemptLog.write(entry, outcome);
        if (outcome == DeliveryOutcome.retrying) {
            book.schedule(delivery);
        } else {
            book.finished(delivery);
        }
    }

    private DeliveryOutcome retry(
            PendingDelivery delivery, AttemptResult result, Instant now, WebhookDelivery.Builder entry) {
        Optional<Duration> wait = schedule.after(delivery.attempts(), result.askedToWait());
        if (wait.isEmpty()) {
            return DeliveryOutcome.failed;
        }
        Instant next = now.plus(wait.get());
        delivery.dueAt(next);
        entry.setNextAttemptAt(next);
        return DeliveryOutcome.retrying;
    }
}
