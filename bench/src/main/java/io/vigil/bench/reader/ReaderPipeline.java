package io.vigil.bench.reader;

import io.vigil.bench.harness.TempDirs;
import io.vigil.connectors.s3.ObjectReader;
import io.vigil.connectors.s3.ObjectReaderSettings;
import io.vigil.connectors.s3.S3ClientSettings;
import io.vigil.connectors.s3.quality.QualityHandler;
import io.vigil.connectors.s3.quality.QualityInspector;
import io.vigil.connectors.s3.quality.QualityRules;
import io.vigil.embedded.EmbeddedKafkaCluster;
import io.vigil.embedded.KafkaClusterSpec;
import io.vigil.schema.quality.DataQualityResult;
import io.vigil.schema.quality.QualityRule;
import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.serde.AvroSerde;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The real object reader on an embedded broker, wired as the application wires it (data-quality handler, rules loaded
 * from their topic first, {@code max.poll.records} equal to {@code maxInFlight}, an idempotent {@code acks=all}
 * producer), plus what a benchmark needs around it: a producer of object events and a counter of results.
 */
final class ReaderPipeline implements AutoCloseable {

    static final int PARTITIONS = 3;
    private static final String EVENTS = "vigil.s3.object-events";
    private static final String RESULTS = "vigil.quality.results";
    private static final String RULES = "vigil.quality.rules";
    private static final String DLQ = "vigil.dlq";
    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final Deque<AutoCloseable> resources = new ArrayDeque<>();
    private final Path dir;
    private final EmbeddedKafkaCluster kafka;
    private final FingerprintSchemaRegistry registry = new FingerprintSchemaRegistry();
    private final AvroSerde<S3ObjectEvent> events = AvroSerde.of(S3ObjectEvent.class, registry);
    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> results;

    private ReaderPipeline(Path dir, EmbeddedKafkaCluster kafka) {
        this.dir = dir;
        this.kafka = kafka;
        this.producer = add(new KafkaProducer<>(producerSettings(), new StringSerializer(), new ByteArraySerializer()));
        this.results = add(consumer(null, 500));
    }

    /** Starts a broker, creates the topics, loads {@code rule} and starts a reader on {@code s3}. */
    static ReaderPipeline start(S3ClientSettings s3, QualityRule rule, int maxInFlight) throws Exception {
        Path dir = Files.createTempDirectory("vigil-bench-kafka-");
        ReaderPipeline pipeline = new ReaderPipeline(dir, EmbeddedKafkaCluster.start(KafkaClusterSpec.singleNode(dir)));
        try {
            pipeline.createTopics();
            pipeline.startReader(s3, rule, maxInFlight);
            return pipeline;
        } catch (Exception | Error e) {
            pipeline.close();
            throw e;
        }
    }

    private void createTopics() throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            admin.createTopics(List.of(
                            new NewTopic(EVENTS, PARTITIONS, (short) 1),
                            new NewTopic(RESULTS, PARTITIONS, (short) 1),
                            new NewTopic(RULES, 1, (short) 1),
                            new NewTopic(DLQ, 1, (short) 1)))
                    .all()
                    .get();
        }
        List<TopicPartition> partitions = results.partitionsFor(RESULTS, STARTUP).stream()
                .map(info -> new TopicPartition(RESULTS, info.partition()))
                .toList();
        results.assign(partitions);
        results.seekToEnd(partitions);
        partitions.forEach(partition -> results.position(partition, STARTUP));
    }

    private void startReader(S3ClientSettings s3, QualityRule rule, int maxInFlight) throws Exception {
        AvroSerde<QualityRule> rules = AvroSerde.of(QualityRule.class, registry);
        String ruleKey = rule.getBucket() + "/" + rule.getPrefix();
        producer.send(new ProducerRecord<>(RULES, ruleKey, rules.serialize(RULES, rule)))
                .get();
        QualityRules loaded = add(new QualityRules(consumer(null, 500), rules, RULES).start(STARTUP));
        QualityHandler quality = new QualityHandler(
                loaded,
                new QualityInspector(Clock.systemUTC(), SensorRules.MAX_TRACKED_ROWS),
                AvroSerde.of(DataQualityResult.class, registry),
                RESULTS);
        ObjectReaderSettings settings = ObjectReaderSettings.of(
                EVENTS,
                DLQ,
                maxInFlight,
                ObjectReaderSettings.DEFAULT_BREAKER_FAILURES,
                ObjectReaderSettings.DEFAULT_BREAKER_COOLDOWN);
        add(new ObjectReader(
                        consumer("bench-object-reader", maxInFlight),
                        producer,
                        add(s3.client()),
                        events,
                        List.of(quality),
                        settings,
                        Clock.systemUTC(),
                        (topic, reason) -> {})
                .start());
    }

    /**
     * Announces every key as a new object and waits until a result for each is on the results topic.
     *
     * @throws TimeoutException when the results are not all there within {@code timeout}
     */
    void readAll(String bucket, List<String> keys, Duration timeout) throws TimeoutException {
        for (String key : keys) {
            S3ObjectEvent event = DirectRead.event(bucket, key);
            producer.send(new ProducerRecord<>(EVENTS, bucket + "/" + key, events.serialize(EVENTS, event)));
        }
        producer.flush();
        long deadline = System.nanoTime() + timeout.toNanos();
        int seen = 0;
        while (seen < keys.size()) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException(seen + " of " + keys.size() + " results within " + timeout);
            }
            seen += results.poll(Duration.ofMillis(20)).count();
        }
    }

    private KafkaConsumer<String, byte[]> consumer(String groupId, int maxPollRecords) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        settings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
        if (groupId != null) {
            settings.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        }
        return new KafkaConsumer<>(settings, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private Map<String, Object> producerSettings() {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.LINGER_MS_CONFIG,
                0);
    }

    private <T extends AutoCloseable> T add(T resource) {
        resources.push(resource);
        return resource;
    }

    @Override
    public void close() throws Exception {
        try {
            while (!resources.isEmpty()) {
                resources.pop().close();
            }
            kafka.close();
        } finally {
            TempDirs.delete(dir);
        }
    }
}
