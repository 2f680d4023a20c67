package io.vigil.connectors.webhook;

import io.vigil.schema.telemetry.DeliveryOutcome;
import io.vigil.schema.tenancy.Webhook;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the deliveries that are due, at most {@code maxInFlight} at a time, each on a worker thread, unless their
 * endpoint's breaker holds them; and hands every finished attempt to the {@link AttemptRecorder}. Called from the
 * sender's poll thread only; the workers only make the HTTP attempt and queue its outcome.
 */
final class AttemptDispatcher {

    private static final Logger log = LoggerFactory.getLogger(AttemptDispatcher.class);
    /** How often a delivery held by an open breaker looks at it again. */
    private static final Duration BREAKER_RECHECK = Duration.ofMillis(500);

    private final DeliveryBook book;
    private final WebhookDirectory directory;
    private final WebhookHttp http;
    private final EndpointBreakers breakers;
    private final DeliveryLog attemptLog;
    private final AttemptRecorder recorder;
    private final Clock clock;
    private final int maxInFlight;
    private final ExecutorService workers;
    private final BlockingQueue<Attempted> finished = new LinkedBlockingQueue<>();
    private int inFlight;

    AttemptDispatcher(
            DeliveryBook book,
            WebhookDirectory directory,
            WebhookHttp http,
            EndpointBreakers breakers,
            DeliveryLog attemptLog,
            AttemptRecorder recorder,
            Clock clock,
            int maxInFlight) {
        this.book = book;
        this.directory = directory;
        this.http = http;
        this.breakers = breakers;
        this.attemptLog = attemptLog;
        this.recorder = recorder;
        this.clock = clock;
        this.maxInFlight = maxInFlight;
        AtomicInteger workerNumber = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(maxInFlight, task -> {
            Thread thread = new Thread(task, "vigil-webhook-sender-" + workerNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    void startDue() {
        Instant now = clock.instant();
        PendingDelivery delivery;
        while (inFlight < maxInFlight && (delivery = book.takeDue(now)) != null) {
            PendingDelivery next = delivery;
            Webhook webhook =
                    directory.current(next.projectId(), next.webhookId()).orElse(null);
            if (webhook == null) {
                // Nothing was attempted and there is no endpoint any more: no breaker holds the delivery.
                attemptLog.write(
                        attemptLog
                                .entry(next, next.nextAttempt(), now, "CLOSED")
                                .setError("the webhook was deleted or disabled"),
                        DeliveryOutcome.failed);
                book.finished(next);
            } else if (!breakers.tryAcquire(webhook.getUrl())) {
                hold(next, webhook, now);
            } else {
                next.attempting();
                inFlight++;
                workers.execute(() -> finished.add(new Attempted(next, webhook, attempt(next, webhook))));
            }
        }
    }

    /** Records the attempts finished since the last call. */
    void applyFinished() {
        Attempted attempted;
        while ((attempted = finished.poll()) != null) {
            inFlight--;
            recorder.record(attempted, book);
        }
    }

    /** Lets the attempts in flight finish, up to {@code timeout}, and records them. */
    void shutDown(Duration timeout) {
        workers.shutdown();
        try {
            if (!workers.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Webhook attempts still running after {}; they are sent again after restart", timeout);
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        applyFinished();
    }

    private AttemptResult attempt(PendingDelivery delivery, Webhook webhook) {
        try {
            return http.attempt(
                    webhook, delivery.messageId(), delivery.message().payload());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return AttemptResult.unanswered(Duration.ZERO, "interrupted by shutdown");
        } catch (RuntimeException e) {
            // The signer's and the client's messages name what is wrong, never the secret.
            return AttemptResult.unsendable("the message could not be sent: " + e.getMessage());
        }
    }

    /** Keeps a delivery whose endpoint's breaker is open: logged the first time, looked at again shortly. */
    private void hold(PendingDelivery delivery, Webhook webhook, Instant now) {
        Instant recheck = now.plus(BREAKER_RECHECK);
        if (delivery.heldByBreaker()) {
            attemptLog.write(
                    attemptLog
                            .entry(delivery, delivery.nextAttempt(), now, breakers.state(webhook.getUrl()))
                            .setNextAttemptAt(recheck),
                    DeliveryOutcome.breaker_open);
        }
        delivery.dueAt(recheck);
        book.schedule(delivery);
    }
}
