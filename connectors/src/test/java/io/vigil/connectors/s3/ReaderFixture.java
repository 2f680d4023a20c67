package io.vigil.connectors.s3;

import io.vigil.connectors.common.FixtureClients;
import io.vigil.connectors.s3.quality.QualityHandler;
import io.vigil.connectors.s3.quality.QualityInspector;
import io.vigil.connectors.s3.quality.QualityRules;
import io.vigil.embedded.EmbeddedKafkaCluster;
import io.vigil.schema.quality.CsvRules;
import io.vigil.schema.quality.DataQualityResult;
import io.vigil.schema.quality.QualityRule;
import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.schema.s3.S3EventSource;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.serde.AvroSerde;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * One reader's world on the shared test broker: its own topics, a data-quality rule for the whole test bucket, a
 * producer of object events, and a view of the results written so far (latest per object).
 */
final class ReaderFixture implements AutoCloseable {

    static final int PARTITIONS = 3;

    final String events;
    final String results;
    final String rules;
    final String deadLetters;
    private final FixtureClients clients;
    private final String group;
    private final FingerprintSchemaRegistry registry = new FingerprintSchemaRegistry();
    private final AvroSerde<S3ObjectEvent> eventSerde = AvroSerde.of(S3ObjectEvent.class, registry);
    private final AvroSerde<DataQualityResult> resultSerde = AvroSerde.of(DataQualityResult.class, registry);
    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> resultReader;
    private final Map<String, DataQualityResult> latest = new HashMap<>();

    ReaderFixture(EmbeddedKafkaCluster kafka, String name) throws ExecutionException, InterruptedException {
        this.clients = new FixtureClients(kafka);
        this.events = name + ".events";
        this.results = name + ".results";
        this.rules = name + ".rules";
        this.deadLetters = name + ".dlq";
        this.group = name + ".reader";
        clients.createTopics(
                new NewTopic(events, PARTITIONS, (short) 1),
                new NewTopic(results, PARTITIONS, (short) 1),
                new NewTopic(rules, 1, (short) 1),
                new NewTopic(deadLetters, 1, (short) 1));
        producer = clients.producer();
        resultReader = consumer(null);
        resultReader.subscribe(List.of(results));
    }

    /** A rule for every object of {@code bucket}: not empty, CSV with at least one row. */
    void ruleFor(String bucket) throws Exception {
        QualityRule rule = QualityRule.newBuilder()
                .setBucket(bucket)
                .setPrefix("")
                .setNonEmpty(true)
                .setCsv(CsvRules.newBuilder().setMinRows(1L).build())
                .setUpdatedAt(Instant.now())
                .build();
        producer.send(new ProducerRecord<>(
                        rules,
                        bucket + "/",
                        AvroSerde.of(QualityRule.class, registry).serialize(rules, rule)))
                .get();
    }

    void announce(String bucket, String key) throws Exception {
        S3ObjectEvent event = S3ObjectEvent.newBuilder()
                .setBucket(bucket)
                .setKey(key)
                .setSize(1)
                .setEventName("ObjectCreated:Put")
                .setEventTime(Instant.now())
                .setSource(S3EventSource.API)
                .build();
        producer.send(new ProducerRecord<>(events, bucket + "/" + key, eventSerde.serialize(events, event)))
                .get();
    }

    /** A reader of the fixture's topics with the data-quality handler, or the handler {@code wrap} makes of it. */
    Started startReader(URI s3, int breakerFailures, Duration cooldown, Duration shutdown, HandlerWrapper wrap) {
        QualityRules qualityRules = new QualityRules(consumer(null), AvroSerde.of(QualityRule.class, registry), rules)
                .start(Duration.ofSeconds(30));
        ObjectHandler quality =
                new QualityHandler(qualityRules, new QualityInspector(Clock.systemUTC(), 1000), resultSerde, results);
        ObjectReaderSettings settings = new ObjectReaderSettings(
                events,
                deadLetters,
                4,
                breakerFailures,
                cooldown,
                Duration.ofSeconds(30),
                Duration.ofMillis(200),
                shutdown);
        KafkaConsumer<String, byte[]> consumer = consumer(group);
        ObjectReader reader = new ObjectReader(
                consumer,
                producer,
                new S3ClientSettings(Optional.of(s3), "us-east-1", Optional.of("test"), Optional.of("test"), 1)
                        .client(),
                eventSerde,
                List.of(wrap.wrap(quality)),
                settings,
                Clock.systemUTC(),
                (topic, reason) -> {});
        return new Started(reader.start(), qualityRules);
    }

    /** The latest result of every object read so far. */
    Map<String, DataQualityResult> results() {
        for (ConsumerRecord<String, byte[]> record : resultReader.poll(Duration.ofMillis(200))) {
            latest.put(record.key(), resultSerde.deserialize(record.topic(), record.value()));
        }
        return Map.copyOf(latest);
    }

    private KafkaConsumer<String, byte[]> consumer(String groupId) {
        return clients.consumer(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG,
                groupId == null ? group + ".view." + System.nanoTime() : groupId,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                4));
    }

    @Override
    public void close() {
        resultReader.close();
        producer.close();
    }

    /** Puts a test's handler around the data-quality handler. */
    interface HandlerWrapper {
        ObjectHandler wrap(ObjectHandler quality);
    }

    /** A running reader and the rules it reads. */
    record Started(ObjectReader reader, QualityRules rules) implements AutoCloseable {
        @Override
        public void close() {
            reader.close();
            rules.close();
        }
    }
}
