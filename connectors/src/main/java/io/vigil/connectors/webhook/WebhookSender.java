package io.vigil.connectors.webhook;

import io.vigil.schema.registry.SchemaRegistry;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.schema.telemetry.DeliveryOutcome;
import io.vigil.schema.telemetry.WebhookDelivery;
import io.vigil.schema.tenancy.Webhook;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends every alert (telemetry, delivery, uptime) to the webhooks subscribed to it, signed per the Standard Webhooks
 * scheme, retried on the {@link RetrySchedule}, behind a circuit breaker per endpoint, to targets the
 * {@link TargetGuard} allows; every attempt is logged to {@code vigil.telemetry.webhook-deliveries}.
 *
 * <p>Alerts are consumed in a consumer group shared by all instances. An alert's offset is committed only once every
 * one of its deliveries is finished (delivered, rejected, refused or out of attempts); deliveries held by an open
 * breaker wait (neither attempted nor dropped), and when more than {@code maxWaiting} deliveries are held the partitions
 * are paused, so the rest of the backlog waits in Kafka.
 *
 * <p>The trade-off: retries are scheduled in memory, not in Kafka. A restart (or a rebalance) therefore sends again,
 * from the committed offset, every alert not finished — including deliveries already made for an alert whose other
 * deliveries were still retrying, and with the retry count starting over. Every attempt of a message carries the same
 * {@code webhook-id} ({@code msg_<alert id>_<webhook id>}), across retries and restarts, so receivers deduplicate on it
 * as the Standard Webhooks scheme asks; in exchange no alert is ever lost and no retry state needs a topic of its own.
 *
 * <p>The consumer is used by one poll thread only; attempts run on a pool of {@code maxInFlight} worker threads and
 * hand their outcome back through a queue.
 */
public final class WebhookSender implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(50);
    /** How often a delivery held by an open breaker looks at it again. */
    private static final Duration BREAKER_RECHECK = Duration.ofMillis(500);

    private final Consumer<String, byte[]> consumer;
    private final WebhookDirectory directory;
    private final AlertDecoder decoder;
    private final WebhookHttp http;
    private final EndpointBreakers breakers;
    private final RetrySchedule schedule;
    private final DeliveryLog attemptLog;
    private final AttemptRecorder recorder;
    private final WebhookSenderSettings settings;
    private final Clock clock;
    private final ExecutorService workers;
    private final Thread pollThread;
    private final DeliveryBook book = new DeliveryBook();
    private final BlockingQueue<Attempted> finished = new LinkedBlockingQueue<>();
    private int inFlight;
    private volatile boolean running = true;
    private long lastCommitMillis;

    /**
     * @param consumer a consumer with auto-commit off in the settings' group; the sender owns and closes it
     * @param producer writes the attempt log; the caller owns it
     * @param directory the webhooks, loaded; the caller owns it
     * @param client an HTTP client that never follows redirects ({@link #newHttpClient()})
     * @param resolver the SSRF guard's DNS resolver
     * @param jitter the retry schedule's jitter
     */
    public WebhookSender(
            Consumer<String, byte[]> consumer,
            Producer<String, byte[]> producer,
            WebhookDirectory directory,
            SchemaRegistry registry,
            HttpClient client,
            AddressResolver resolver,
            WebhookSenderSettings settings,
            Clock clock,
            Random jitter) {
        this.consumer = consumer;
        this.directory = directory;
        this.decoder = new AlertDecoder(registry);
        TargetGuard guard = new TargetGuard(resolver, settings.allowedCidrs());
        this.http = new WebhookHttp(client, guard, new StandardWebhookSigner(), settings.requestTimeout(), clock);
        this.breakers = new EndpointBreakers(settings.failureThreshold(), settings.recoveryTimeout(), clock);
        this.schedule = new RetrySchedule(settings.schedule(), jitter);
        this.attemptLog =
                new DeliveryLog(producer, AvroSerde.of(WebhookDelivery.class, registry), settings.deliveriesTopic());
        this.recorder = new AttemptRecorder(breakers, schedule, attemptLog, clock);
        this.settings = settings;
        this.clock = clock;
        AtomicInteger workerNumber = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(settings.maxInFlight(), task -> {
            Thread thread = new Thread(task, "vigil-webhook-sender-" + workerNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.pollThread = new Thread(this::pollLoop, "vigil-webhook-sender");
    }

    /** The HTTP client the sender needs: 5 s to connect, redirects left to the sender, which checks each target. */
    public static HttpClient newHttpClient() {
        return WebhookHttp.newClient();
    }

    /** Starts polling. */
    public WebhookSender start() {
        pollThread.start();
        return this;
    }

    private void pollLoop() {
        consumer.subscribe(List.copyOf(settings.topics().keySet()), new Rebalance());
        try {
            while (running) {
                applyFinished();
                startDue();
                pauseOrResume();
                consumer.poll(POLL_TIMEOUT).forEach(this::accept);
                commit(false);
            }
        } catch (WakeupException closing) {
            // close() woke the poll
        } catch (RuntimeException e) {
            log.error("Webhook sender stopped", e);
        } finally {
            shutDown();
        }
    }

    private void accept(ConsumerRecord<String, byte[]> record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        AlertMessage message;
        try {
            message = decoder.decode(
                    settings.topics().get(record.topic()),
                    record.topic(),
                    record.value(),
                    Instant.ofEpochMilli(record.timestamp()));
        } catch (RuntimeException e) {
            log.warn(
                    "Skipping an unreadable alert at {}-{}@{}: {}",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    e.toString());
            book.skipped(partition, record.offset());
            return;
        }
        List<Webhook> subscribers = directory.subscribers(message);
        if (subscribers.isEmpty()) {
            book.skipped(partition, record.offset());
            return;
        }
        PolledAlert alert = new PolledAlert(partition, record.offset(), message, subscribers.size());
        book.polled(alert);
        Instant due = clock.instant().plus(schedule.first());
        subscribers.forEach(webhook ->
                book.schedule(new PendingDelivery(alert, webhook.getProjectId(), webhook.getWebhookId(), due)));
    }

    private void startDue() {
        Instant now = clock.instant();
        PendingDelivery delivery;
        while (inFlight < settings.maxInFlight() && (delivery = book.takeDue(now)) != null) {
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

    private void applyFinished() {
        Attempted attempted;
        while ((attempted = finished.poll()) != null) {
            inFlight--;
            recorder.record(attempted, book);
        }
    }

    private void pauseOrResume() {
        Collection<TopicPartition> assigned = consumer.assignment();
        if (book.unfinished() >= settings.maxWaiting()) {
            consumer.pause(assigned);
        } else {
            consumer.resume(consumer.paused());
        }
    }

    private void commit(boolean now) {
        long nowMillis = clock.millis();
        if (!now && nowMillis - lastCommitMillis < settings.commitInterval().toMillis()) {
            return;
        }
        lastCommitMillis = nowMillis;
        Map<TopicPartition, OffsetAndMetadata> committable = book.committable();
        if (committable.isEmpty()) {
            return;
        }
        try {
            attemptLog.flush();
            commitSync(committable);
            book.committed(committable);
        } catch (KafkaException e) {
            // The alerts after the last commit are sent again by whoever owns their partitions, with the same ids.
            log.warn("Committing alert offsets failed: {}", e.toString());
        }
    }

    private void commitSync(Map<TopicPartition, OffsetAndMetadata> committable) {
        try {
            consumer.commitSync(committable);
        } catch (WakeupException closing) {
            // close() woke the consumer after its last poll. A wakeup is spent once thrown: the commit goes through
            // now.
            consumer.commitSync(committable);
        }
    }

    private void shutDown() {
        workers.shutdown();
        try {
            if (!workers.awaitTermination(settings.shutdownTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn(
                        "Webhook attempts still running after {}; they are sent again after restart",
                        settings.shutdownTimeout());
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        applyFinished();
        commit(true);
        consumer.close();
    }

    /** Stops polling, lets the attempts in flight finish (up to the shutdown timeout), commits what is done. */
    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            pollThread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Rebalance implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            applyFinished();
            commit(true);
            book.forget(partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {}

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            book.forget(partitions);
        }
    }
}
