package io.vigil.connectors.webhook;

import io.vigil.connectors.common.CommittingPollLoop;
import io.vigil.schema.registry.SchemaRegistry;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.schema.telemetry.WebhookDelivery;
import io.vigil.schema.tenancy.Webhook;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.TopicPartition;
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

    private final Consumer<String, byte[]> consumer;
    private final WebhookDirectory directory;
    private final AlertDecoder decoder;
    private final RetrySchedule schedule;
    private final DeliveryLog attemptLog;
    private final AttemptDispatcher dispatcher;
    private final WebhookSenderSettings settings;
    private final Clock clock;
    private final CommittingPollLoop loop;
    private final DeliveryBook book = new DeliveryBook();

    /**
     * @param consumer a consumer with auto-commit off in the settings' group; the sender owns and closes it
     * @param producer writes the attempt log; the caller owns it
     * @param directory the webhooks, loaded; the caller owns it
     * @param client an HTTP client that never follows redirects ({@link #newHttpClient()})
     * @param resolver the SSRF guard's DNS resolver
     * @param jitter the retry schedule's jitter
     * @param observer told of every attempt and breaker change, for metrics
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
            Random jitter,
            WebhookObserver observer) {
        this.consumer = consumer;
        this.directory = directory;
        this.decoder = new AlertDecoder(registry);
        TargetGuard guard = new TargetGuard(resolver, settings.allowedCidrs());
        WebhookHttp http =
                new WebhookHttp(client, guard, new StandardWebhookSigner(), settings.requestTimeout(), clock);
        EndpointBreakers breakers =
                new EndpointBreakers(settings.failureThreshold(), settings.recoveryTimeout(), clock, observer);
        this.schedule = new RetrySchedule(settings.schedule(), jitter);
        this.attemptLog =
                new DeliveryLog(producer, AvroSerde.of(WebhookDelivery.class, registry), settings.deliveriesTopic());
        this.dispatcher = new AttemptDispatcher(
                book,
                directory,
                http,
                breakers,
                attemptLog,
                new AttemptRecorder(breakers, schedule, attemptLog, clock, observer),
                clock,
                settings.maxInFlight());
        this.settings = settings;
        this.clock = clock;
        this.loop = new CommittingPollLoop(
                consumer,
                settings.topics().keySet(),
                book,
                new Sending(),
                settings.commitInterval(),
                clock,
                "vigil-webhook-sender");
    }

    /** The HTTP client the sender needs: 5 s to connect, redirects left to the sender, which checks each target. */
    public static HttpClient newHttpClient() {
        return WebhookHttp.newClient();
    }

    /** Starts polling. */
    public WebhookSender start() {
        loop.start();
        return this;
    }

    /** Stops polling, lets the attempts in flight finish (up to the shutdown timeout), commits what is done. */
    @Override
    public void close() {
        loop.close();
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

    private void pauseOrResume() {
        Collection<TopicPartition> assigned = consumer.assignment();
        if (book.unfinished() >= settings.maxWaiting()) {
            consumer.pause(assigned);
        } else {
            consumer.resume(consumer.paused());
        }
    }

    private final class Sending implements CommittingPollLoop.Work {

        @Override
        public Duration beforePoll() {
            dispatcher.applyFinished();
            dispatcher.startDue();
            pauseOrResume();
            return POLL_TIMEOUT;
        }

        @Override
        public void accept(ConsumerRecord<String, byte[]> record) {
            WebhookSender.this.accept(record);
        }

        @Override
        public void applyFinished() {
            dispatcher.applyFinished();
        }

        @Override
        public void beforeCommit() {
            // A committed alert's attempts must be in the log.
            attemptLog.flush();
        }

        @Override
        public void finishInFlight() {
            dispatcher.shutDown(settings.shutdownTimeout());
        }
    }
}
