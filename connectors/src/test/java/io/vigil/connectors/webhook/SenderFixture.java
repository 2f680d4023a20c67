package io.vigil.connectors.webhook;

import io.vigil.connectors.common.FixtureClients;
import io.vigil.embedded.EmbeddedKafkaCluster;
import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.schema.telemetry.TelemetryAlert;
import io.vigil.schema.telemetry.WebhookDelivery;
import io.vigil.schema.tenancy.Webhook;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * One sender's world on the shared test broker: its own alert, webhook and attempt-log topics, one webhook of project
 * {@value #PROJECT} pointing at a receiver, a producer of telemetry alerts, and a view of the attempt log so far.
 */
final class SenderFixture implements AutoCloseable {

    static final String PROJECT = "p1";
    static final String WEBHOOK = "w1";
    static final int PARTITIONS = 2;

    final String secret;
    private final String alerts;
    private final String webhooks;
    private final String deliveries;
    private final String group;
    private final FixtureClients clients;
    private final FingerprintSchemaRegistry registry = new FingerprintSchemaRegistry();
    private final AvroSerde<WebhookDelivery> deliverySerde = AvroSerde.of(WebhookDelivery.class, registry);
    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> logReader;
    private final List<WebhookDelivery> logged = new ArrayList<>();
    final RecordingWebhookObserver observer = new RecordingWebhookObserver();

    SenderFixture(EmbeddedKafkaCluster kafka, String name) throws ExecutionException, InterruptedException {
        this.clients = new FixtureClients(kafka);
        this.alerts = name + ".alerts";
        this.webhooks = name + ".webhooks";
        this.deliveries = name + ".deliveries";
        this.group = name + ".sender";
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.secret = "whsec_" + Base64.getEncoder().encodeToString(key);
        clients.createTopics(
                new NewTopic(alerts, PARTITIONS, (short) 1),
                new NewTopic(webhooks, 1, (short) 1),
                new NewTopic(deliveries, 1, (short) 1));
        producer = clients.producer();
        logReader = consumer(null);
        logReader.assign(List.of(new TopicPartition(deliveries, 0)));
    }

    /** The fixture's webhook, subscribed to telemetry alerts, posting to {@code url}. */
    void webhookTo(URI url) throws Exception {
        Webhook webhook = Webhook.newBuilder()
                .setWebhookId(WEBHOOK)
                .setProjectId(PROJECT)
                .setUrl(url.toString())
                .setSecret(secret)
                .setEventTypes(List.of("telemetry.alert"))
                .setEnabled(true)
                .setCreatedAt(Instant.now())
                .build();
        producer.send(new ProducerRecord<>(
                        webhooks,
                        PROJECT + "/" + WEBHOOK,
                        AvroSerde.of(Webhook.class, registry).serialize(webhooks, webhook)))
                .get();
    }

    /** Writes a telemetry alert of the fixture's project. */
    void alert(String alertId) throws Exception {
        TelemetryAlert alert = AlertDecoderTest.telemetryAlert(alertId, PROJECT);
        producer.send(new ProducerRecord<>(
                        alerts,
                        PROJECT + "/d1",
                        AvroSerde.of(TelemetryAlert.class, registry).serialize(alerts, alert)))
                .get();
    }

    static String messageId(String alertId) {
        return "msg_" + alertId + "_" + WEBHOOK;
    }

    /** Every attempt logged so far, in order. */
    List<WebhookDelivery> log() {
        logReader
                .poll(Duration.ofMillis(100))
                .forEach(record -> logged.add(deliverySerde.deserialize(record.topic(), record.value())));
        return List.copyOf(logged);
    }

    /** A sender of the fixture's topics, allowed to reach loopback, with the given schedule and breaker timing. */
    Started start(List<Duration> schedule, Duration recovery, int maxInFlight) {
        WebhookDirectory directory = new WebhookDirectory(
                        consumer(null), AvroSerde.of(Webhook.class, registry), webhooks)
                .start(Duration.ofSeconds(30));
        WebhookSenderSettings settings = new WebhookSenderSettings(
                Map.of(alerts, EventType.TELEMETRY_ALERT),
                group,
                webhooks,
                deliveries,
                Duration.ofSeconds(5),
                recovery,
                5,
                schedule,
                100,
                maxInFlight,
                List.of(Cidr.parse("127.0.0.0/8")),
                Duration.ofMillis(200),
                Duration.ofSeconds(5));
        WebhookSender sender = new WebhookSender(
                        consumer(group),
                        producer,
                        directory,
                        registry,
                        WebhookSender.newHttpClient(),
                        AddressResolver.SYSTEM,
                        settings,
                        Clock.systemUTC(),
                        new Random(1),
                        observer)
                .start();
        return new Started(directory, sender);
    }

    record Started(WebhookDirectory directory, WebhookSender sender) implements AutoCloseable {
        @Override
        public void close() {
            sender.close();
            directory.close();
        }
    }

    private KafkaConsumer<String, byte[]> consumer(String groupId) {
        return clients.consumer(groupId == null ? Map.of() : Map.of(ConsumerConfig.GROUP_ID_CONFIG, groupId));
    }

    @Override
    public void close() {
        logReader.close();
        producer.close();
    }
}
