package io.vigil.app.runtime;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.vigil.api.metrics.ProcessMeters;
import io.vigil.app.metrics.WebhookMeters;
import io.vigil.config.VigilConfig;
import io.vigil.connectors.webhook.AddressResolver;
import io.vigil.connectors.webhook.Cidr;
import io.vigil.connectors.webhook.TargetGuard;
import io.vigil.connectors.webhook.WebhookDirectory;
import io.vigil.connectors.webhook.WebhookSender;
import io.vigil.connectors.webhook.WebhookSenderSettings;
import io.vigil.schema.registry.SchemaRegistry;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.schema.tenancy.Webhook;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The webhook sender of one instance: the webhooks loaded first (an alert polled before them would find no
 * subscriber and be skipped), then the sender started in a consumer group that all instances share, so each alert is
 * sent by one of them.
 */
final class WebhookRuntime implements AutoCloseable {

    private static final Duration DIRECTORY_LOAD_TIMEOUT = Duration.ofSeconds(60);

    private final Resources resources;

    private WebhookRuntime(Resources resources) {
        this.resources = resources;
    }

    /**
     * @param producer writes the attempt log; the caller owns it
     * @param meters where attempt latencies, breaker states and the sender's consumer metrics go
     */
    static WebhookRuntime start(
            VigilConfig config, SchemaRegistry registry, Producer<String, byte[]> producer, MeterRegistry meters) {
        WebhookSenderSettings settings = WebhookSenderSettings.of(
                // vigil-webhooks with the default application id; deployments sharing a cluster keep apart
                config.applicationId() + "-webhooks",
                config.webhooksRequestTimeout(),
                config.webhooksBreakerRecovery(),
                config.webhooksRetrySchedule(),
                config.webhooksMaxWaiting(),
                allowedCidrs(config));
        Resources resources = new Resources();
        try {
            WebhookDirectory directory = resources.add(new WebhookDirectory(
                            new KafkaConsumer<>(
                                    ObjectReaderRuntime.consumerSettings(config, null),
                                    new StringDeserializer(),
                                    new ByteArrayDeserializer()),
                            AvroSerde.of(Webhook.class, registry),
                            settings.webhooksTopic())
                    .start(DIRECTORY_LOAD_TIMEOUT));
            KafkaConsumer<String, byte[]> alerts = new KafkaConsumer<>(
                    ObjectReaderRuntime.consumerSettings(config, settings.groupId()),
                    new StringDeserializer(),
                    new ByteArrayDeserializer());
            resources.add(new WebhookSender(
                            alerts,
                            producer,
                            directory,
                            registry,
                            WebhookSender.newHttpClient(),
                            AddressResolver.SYSTEM,
                            settings,
                            Clock.systemUTC(),
                            new Random(),
                            new WebhookMeters(meters))
                    .start());
            resources
                    .add(new KafkaClientMetrics(
                            alerts, Tags.empty(), ProcessMeters.kafkaMetricsScheduler(), ProcessMeters.KAFKA_REFRESH))
                    .bindTo(meters);
            return new WebhookRuntime(resources);
        } catch (RuntimeException e) {
            resources.close();
            throw e;
        }
    }

    /** The check the sender makes of every target, for the API to make when a webhook is created. */
    static TargetGuard targetGuard(VigilConfig config) {
        return new TargetGuard(AddressResolver.SYSTEM, allowedCidrs(config));
    }

    private static List<Cidr> allowedCidrs(VigilConfig config) {
        return config.webhooksAllowedCidrs().stream()
                .map(text -> {
                    try {
                        return Cidr.parse(text);
                    } catch (IllegalArgumentException e) {
                        throw new ConfigException(VigilConfig.WEBHOOKS_ALLOWED_CIDRS_CONFIG, text, e.getMessage());
                    }
                })
                .toList();
    }

    @Override
    public void close() {
        resources.close();
    }
}
