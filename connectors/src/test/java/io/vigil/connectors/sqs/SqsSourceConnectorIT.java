package io.vigil.connectors.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vigil.connectors.common.OutputTopics;
import io.vigil.connectors.sqs.Notifications.S3Object;
import io.vigil.connectors.testing.TestConnectWorker;
import io.vigil.embedded.EmbeddedKafkaCluster;
import io.vigil.embedded.EmbeddedSqs;
import io.vigil.schema.errors.DeadLetterHeaders;
import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.schema.s3.ObjectEventKeys;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.testkit.EmbeddedKafkaExtension;
import io.vigil.testkit.TestNames;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/** The connector in a real Connect worker, between an ElasticMQ queue and a real broker. */
@ExtendWith(EmbeddedKafkaExtension.class)
@Timeout(180)
class SqsSourceConnectorIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Instant TIME = Instant.parse("2026-05-01T10:15:30.123Z");

    private static EmbeddedSqs sqs;
    private static SqsClient client;

    // Knows only the schemas registered with it: the test registers the reader's, as an outside consumer in dev would.
    private final FingerprintSchemaRegistry registry = new FingerprintSchemaRegistry();
    private final AvroSerde<S3ObjectEvent> serde = AvroSerde.of(S3ObjectEvent.class, registry);
    private EmbeddedKafkaCluster kafka;
    private String topic;
    private String deadLetterTopic;
    private String queueUrl;

    @BeforeAll
    static void startSqs() {
        sqs = EmbeddedSqs.start(0);
        client = SqsClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(sqs.endpoint())
                .region(Region.of(sqs.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
    }

    @AfterAll
    static void stopSqs() {
        client.close();
        sqs.close();
    }

    @BeforeEach
    void createTopicsAndQueue(EmbeddedKafkaCluster kafka, TestInfo test) throws Exception {
        this.kafka = kafka;
        topic = TestNames.unique(test, "events");
        deadLetterTopic = TestNames.unique(test, "dlq");
        queueUrl = sqs.createQueue(TestNames.unique(test)).toString();
        registry.register(AvroSerde.valueSubject(topic), S3ObjectEvent.getClassSchema());
        createTopic(new NewTopic(topic, 1, (short) 1));
        createTopic(new NewTopic(deadLetterTopic, 1, (short) 1));
    }

    @Test
    void shouldWriteOneEventPerS3RecordDeadLetterGarbageAndEmptyTheQueue(@TempDir Path offsets) {
        S3Object direct = S3Object.of("vigil-landing", "incoming/daily report.csv", 100, TIME);
        S3Object wrapped = S3Object.of("vigil-landing", "sns/wrapped.csv", 200, TIME);
        S3Object first = S3Object.of("vigil-other", "two/first.csv", 300, TIME);
        S3Object second = S3Object.of("vigil-other", "two/second.csv", 400, TIME);
        String garbage = "{\"not\":\"an S3 notification\"}";
        send(List.of(
                Notifications.direct(direct),
                Notifications.snsWrapped(wrapped),
                Notifications.direct(first, second),
                Notifications.testEvent(),
                garbage));

        try (TestConnectWorker worker = TestConnectWorker.start(kafka.bootstrapServers(), offsets);
                TopicReader events = new TopicReader(kafka.bootstrapServers(), topic);
                TopicReader deadLetters = new TopicReader(kafka.bootstrapServers(), deadLetterTopic)) {
            worker.putConnector("sqs", connectorConfig(Map.of()));

            await().atMost(WAIT).until(() -> events.read().size() >= 4);
            await().atMost(WAIT).until(() -> !deadLetters.read().isEmpty());
            awaitQueueEmpty();

            List<ConsumerRecord<String, byte[]>> written = events.read();
            assertThat(written)
                    .extracting(this::event)
                    .containsExactlyInAnyOrder(
                            direct.expectedEvent(),
                            wrapped.expectedEvent(),
                            first.expectedEvent(),
                            second.expectedEvent());
            assertThat(written)
                    .allSatisfy(record -> assertThat(record.key()).isEqualTo(ObjectEventKeys.of(event(record))));
            assertThat(deadLetters.read()).singleElement().satisfies(record -> {
                assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo(garbage);
                assertThat(header(record, DeadLetterHeaders.TOPIC)).isEqualTo(queueUrl);
                assertThat(header(record, DeadLetterHeaders.OFFSET)).isNotBlank();
                assertThat(header(record, DeadLetterHeaders.MESSAGE)).contains("Records is missing");
            });
        }
    }

    @Test
    void shouldLoseNoNotificationAcrossAWorkerRestart(@TempDir Path offsets) {
        List<S3Object> before = objects("before", 150);
        List<S3Object> after = objects("after", 50);
        // One message per receive, so that the worker is stopped with messages still queued and some in flight; a
        // short visibility timeout brings back quickly those it received but never got committed.
        Map<String, String> config = connectorConfig(Map.of(
                SqsSourceConfig.MAX_MESSAGES_CONFIG, "1", SqsSourceConfig.VISIBILITY_TIMEOUT_SECONDS_CONFIG, "2"));
        send(before.stream().map(Notifications::direct).toList());

        try (TopicReader events = new TopicReader(kafka.bootstrapServers(), topic)) {
            try (TestConnectWorker worker = TestConnectWorker.start(kafka.bootstrapServers(), offsets)) {
                worker.putConnector("sqs", config);
                await().atMost(WAIT).until(() -> !events.read().isEmpty());
            }
            assertThat(messagesInQueue())
                    .as("messages left when the worker stopped")
                    .isPositive();
            send(after.stream().map(Notifications::direct).toList());

            try (TestConnectWorker worker = TestConnectWorker.start(kafka.bootstrapServers(), offsets)) {
                worker.putConnector("sqs", config);
                Set<String> expected = keys(before, after);
                await().atMost(WAIT).untilAsserted(() -> assertThat(
                                events.read().stream().map(ConsumerRecord::key).collect(Collectors.toSet()))
                        .containsAll(expected));
                awaitQueueEmpty();
            }
            assertThat(events.read())
                    .extracting(this::event)
                    .containsAll(before.stream().map(S3Object::expectedEvent).toList());
        }
    }

    @Test
    void shouldKeepEveryMessageUntilKafkaHasItsRecords(@TempDir Path offsets) {
        List<S3Object> objects = objects("refused", 20);
        Map<String, String> config = connectorConfig(Map.of(SqsSourceConfig.VISIBILITY_TIMEOUT_SECONDS_CONFIG, "2"));
        // Every record is too large for this producer: Kafka never acknowledges one and the task fails.
        Map<String, String> refused = new HashMap<>(config);
        refused.put("producer.override.max.request.size", "100");
        send(objects.stream().map(Notifications::direct).toList());

        try (TestConnectWorker worker = TestConnectWorker.start(kafka.bootstrapServers(), offsets);
                TopicReader events = new TopicReader(kafka.bootstrapServers(), topic)) {
            worker.putConnector("sqs", refused);
            await().atMost(WAIT).until(() -> receivedCount() > 0);
            await().during(Duration.ofSeconds(5)).atMost(WAIT).until(() -> messagesInQueue() == objects.size());

            worker.deleteConnector("sqs");
            worker.putConnector("sqs", config);

            Set<String> expected = keys(objects);
            await().atMost(WAIT).untilAsserted(() -> assertThat(
                            events.read().stream().map(ConsumerRecord::key).collect(Collectors.toSet()))
                    .containsAll(expected));
            awaitQueueEmpty();
        }
    }

    private void createTopic(NewTopic newTopic) throws Exception {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(newTopic)).all().get();
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
    }

    /** How many messages a receive has hidden so far: proof that the task is polling. */
    private int receivedCount() {
        return Integer.parseInt(client.getQueueAttributes(b -> b.queueUrl(queueUrl)
                        .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
                .attributes()
                .get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    private Map<String, String> connectorConfig(Map<String, String> overrides) {
        Map<String, String> config = new HashMap<>(Map.of(
                "connector.class",
                SqsSourceConnector.class.getName(),
                "tasks.max",
                "1",
                SqsSourceConfig.QUEUE_URLS_CONFIG,
                queueUrl,
                SqsSourceConfig.REGION_CONFIG,
                sqs.region(),
                SqsSourceConfig.ENDPOINT_CONFIG,
                sqs.endpoint().toString(),
                SqsSourceConfig.ACCESS_KEY_ID_CONFIG,
                "test",
                SqsSourceConfig.SECRET_ACCESS_KEY_CONFIG,
                "test",
                SqsSourceConfig.WAIT_TIME_SECONDS_CONFIG,
                "1",
                OutputTopics.TOPIC_CONFIG,
                topic,
                OutputTopics.DLQ_TOPIC_CONFIG,
                deadLetterTopic));
        config.putAll(overrides);
        return config;
    }

    private void send(List<String> bodies) {
        for (int from = 0; from < bodies.size(); from += 10) {
            List<SendMessageBatchRequestEntry> entries = IntStream.range(from, Math.min(from + 10, bodies.size()))
                    .mapToObj(i -> SendMessageBatchRequestEntry.builder()
                            .id("m" + i)
                            .messageBody(bodies.get(i))
                            .build())
                    .toList();
            assertThat(client.sendMessageBatch(b -> b.queueUrl(queueUrl).entries(entries))
                            .failed())
                    .isEmpty();
        }
    }

    private int messagesInQueue() {
        Map<QueueAttributeName, String> attributes = client.getQueueAttributes(b -> b.queueUrl(queueUrl)
                        .attributeNames(
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
                .attributes();
        return attributes.values().stream().mapToInt(Integer::parseInt).sum();
    }

    private void awaitQueueEmpty() {
        await().atMost(WAIT).until(() -> messagesInQueue() == 0);
    }

    private S3ObjectEvent event(ConsumerRecord<String, byte[]> record) {
        return serde.deserialize(record.topic(), record.value());
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static List<S3Object> objects(String prefix, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> S3Object.of("vigil-landing", prefix + "/file-" + i + ".csv", i, TIME))
                .toList();
    }

    @SafeVarargs
    private static Set<String> keys(List<S3Object>... batches) {
        return Arrays.stream(batches)
                .flatMap(List::stream)
                .map(object -> object.bucket() + "/" + object.key())
                .collect(Collectors.toSet());
    }
}
