package io.vigil.app.runtime;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.vigil.api.breaker.BreakerView;
import io.vigil.api.breaker.ReaderBreakerControl;
import io.vigil.api.metrics.ProcessMeters;
import io.vigil.app.metrics.ReaderMeters;
import io.vigil.config.VigilConfig;
import io.vigil.connectors.s3.BreakerStatus;
import io.vigil.connectors.s3.ObjectReader;
import io.vigil.connectors.s3.ObjectReaderSettings;
import io.vigil.connectors.s3.S3ClientSettings;
import io.vigil.connectors.s3.quality.QualityHandler;
import io.vigil.connectors.s3.quality.QualityInspector;
import io.vigil.connectors.s3.quality.QualityRules;
import io.vigil.connectors.s3.sensor.SensorHandler;
import io.vigil.schema.quality.DataQualityResult;
import io.vigil.schema.quality.QualityRule;
import io.vigil.schema.registry.SchemaRegistry;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.sensor.SensorFileRecord;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.topology.VigilTopics;
import io.vigil.topology.metrics.DomainMeters;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 object reader of one instance with its handlers, data quality and sensor files: the quality rules loaded
 * first, then the reader started in a consumer group that all instances share, so each object is read by one of them.
 */
final class ObjectReaderRuntime implements ReaderBreakerControl, AutoCloseable {

    private static final Duration RULES_LOAD_TIMEOUT = Duration.ofSeconds(60);
    /** Distinct rows the duplicate-row check remembers per object: 8 bytes each. */
    private static final int MAX_TRACKED_ROWS = 1_000_000;

    private final Resources resources;
    private final ObjectReader reader;

    private ObjectReaderRuntime(Resources resources, ObjectReader reader) {
        this.resources = resources;
        this.reader = reader;
    }

    /** @param meters where the reader's breaker state, dead letters and consumer metrics go */
    static ObjectReaderRuntime start(
            VigilConfig config, SchemaRegistry registry, Producer<String, byte[]> producer, MeterRegistry meters) {
        Resources resources = new Resources();
        try {
            S3Client s3 = resources.add(s3Settings(config).client());
            QualityRules rules = resources.add(new QualityRules(
                            new KafkaConsumer<>(
                                    consumerSettings(config, null),
                                    new StringDeserializer(),
                                    new ByteArrayDeserializer()),
                            AvroSerde.of(QualityRule.class, registry),
                            VigilTopics.QUALITY_RULES)
                    .start(RULES_LOAD_TIMEOUT));
            QualityHandler quality = new QualityHandler(
                    rules,
                    new QualityInspector(Clock.systemUTC(), MAX_TRACKED_ROWS),
                    AvroSerde.of(DataQualityResult.class, registry),
                    VigilTopics.QUALITY_RESULTS);
            SensorHandler sensor = new SensorHandler(
                    config.sensorBucket(),
                    config.sensorPrefix(),
                    AvroSerde.of(SensorFileRecord.class, registry),
                    VigilTopics.SENSOR_READINGS,
                    Clock.systemUTC());
            ObjectReaderSettings settings = ObjectReaderSettings.of(
                    VigilTopics.S3_OBJECT_EVENTS,
                    VigilTopics.DLQ,
                    config.readerMaxInFlight(),
                    config.readerBreakerFailures(),
                    config.readerBreakerCooldown());
            Map<String, Object> consumer = consumerSettings(config, config.applicationId() + "-object-reader");
            consumer.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.maxInFlight());
            KafkaConsumer<String, byte[]> events =
                    new KafkaConsumer<>(consumer, new StringDeserializer(), new ByteArrayDeserializer());
            DomainMeters deadLetters = DomainMeters.of(meters);
            ObjectReader reader = resources.add(new ObjectReader(
                            events,
                            producer,
                            s3,
                            AvroSerde.of(S3ObjectEvent.class, registry),
                            List.of(quality, sensor),
                            settings,
                            Clock.systemUTC(),
                            (topic, reason) -> deadLetters.deadLetter("object-reader", topic, reason))
                    .start());
            resources
                    .add(new KafkaClientMetrics(
                            events, Tags.empty(), ProcessMeters.kafkaMetricsScheduler(), ProcessMeters.KAFKA_REFRESH))
                    .bindTo(meters);
            ReaderMeters.bindBreaker(meters, () -> reader.breakerStatus().state());
            return new ObjectReaderRuntime(resources, reader);
        } catch (RuntimeException e) {
            resources.close();
            throw e;
        }
    }

    @Override
    public BreakerView status() {
        BreakerStatus status = reader.breakerStatus();
        return new BreakerView(
                status.state(),
                status.consecutiveFailures(),
                status.lastFailureAt(),
                status.lastFailure(),
                status.cooldownRemaining(),
                status.inFlight(),
                status.waiting(),
                status.pausedPartitions(),
                status.recentTransitions().stream()
                        .map(t -> new BreakerView.Transition(t.state(), t.at()))
                        .toList());
    }

    @Override
    public void reset() {
        reader.resetBreaker();
    }

    @Override
    public void close() {
        resources.close();
    }

    /** How this instance reaches S3: the reader and the upload route use the same settings. */
    static S3ClientSettings s3Settings(VigilConfig config) {
        return new S3ClientSettings(
                config.s3Endpoint().map(URI::create),
                config.s3Region(),
                config.s3AccessKeyId(),
                config.s3SecretAccessKey(),
                config.s3MaxAttempts());
    }

    /**
     * The settings of this instance's plain consumers (the webhook sender's too): those given under
     * {@code vigil.consumer.} (a shorter session timeout, say, so that a crashed instance's objects move sooner), then
     * what correctness needs and no setting overrides: no auto-commit, committed data only.
     *
     * @param groupId null for a consumer that assigns itself partitions
     */
    static Map<String, Object> consumerSettings(VigilConfig config, String groupId) {
        Map<String, Object> settings = new HashMap<>(config.clientSettings(VigilConfig.CONSUMER_PREFIX));
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        if (groupId != null) {
            settings.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        }
        return settings;
    }
}
