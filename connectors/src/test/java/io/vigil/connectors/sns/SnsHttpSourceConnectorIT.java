package io.vigil.connectors.sns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.connectors.common.OutputTopics;
import io.vigil.connectors.sns.TestCertificates.SigningKey;
import io.vigil.connectors.testing.TestConnectWorker;
import io.vigil.embedded.EmbeddedKafkaCluster;
import io.vigil.embedded.FreePorts;
import io.vigil.schema.errors.DeadLetterHeaders;
import io.vigil.schema.s3.S3EventSource;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.testkit.EmbeddedKafkaExtension;
import io.vigil.testkit.TestNames;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The SNS connector in a real Connect worker against a real broker, fed signed messages over HTTP. */
@ExtendWith(EmbeddedKafkaExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SnsHttpSourceConnectorIT {

    private static final String KEY = "acme-landing/orders/2026-11-23/a b/c.csv";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private EmbeddedKafkaCluster kafka;
    private TestConnectWorker worker;
    private SigningKey key;
    private SnsTestSigner signer;
    private String connector;
    private String events;
    private String deadLetters;
    private URI endpoint;
    private Path dir;

    @BeforeAll
    void startWorker(EmbeddedKafkaCluster kafka, @TempDir Path dir) throws Exception {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.INFO);
        this.kafka = kafka;
        this.dir = dir;
        worker = TestConnectWorker.start(kafka.bootstrapServers(), dir);
        key = TestCertificates.generate(dir, "sns.amazonaws.com");
        signer = new SnsTestSigner(key.privateKey(), FakeSnsHttpClient.CERT_URL);
    }

    @AfterAll
    void stopWorker() {
        worker.close();
    }

    @BeforeEach
    void startConnector(TestInfo test) throws Exception {
        connector = TestNames.unique(test, "sns");
        events = TestNames.unique(test, "events");
        deadLetters = TestNames.unique(test, "dlq");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(events, 1, (short) 1), new NewTopic(deadLetters, 1, (short) 1)))
                    .all()
                    .get(30, TimeUnit.SECONDS);
        }
        int port = FreePorts.pick();
        endpoint = URI.create("http://127.0.0.1:" + port + "/sns");
        worker.putConnector(
                connector,
                Map.of(
                        "connector.class",
                        TestSnsHttpSourceConnector.class.getName(),
                        "tasks.max",
                        "1",
                        SnsSourceConfig.LISTEN_HOST_CONFIG,
                        "127.0.0.1",
                        SnsSourceConfig.LISTEN_PORT_CONFIG,
                        Integer.toString(port),
                        SnsSourceConfig.TOPIC_ARNS_CONFIG,
                        SnsTestSigner.TOPIC_ARN,
                        OutputTopics.TOPIC_CONFIG,
                        events,
                        OutputTopics.DLQ_TOPIC_CONFIG,
                        deadLetters,
                        TestSnsHttpSourceTask.CERTIFICATE_PEM_CONFIG,
                        key.pem()));
        await().atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .until(() -> http.send(
                                        HttpRequest.newBuilder(endpoint).GET().build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 405);
    }

    @AfterEach
    void deleteConnector() {
        worker.deleteConnector(connector);
    }

    @Test
    void shouldHaveTheEventInKafkaWhenSnsGets200() throws Exception {
        HttpResponse<String> response = post(signer.sign(s3Put(SnsTestSigner.recently()), 2));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(endOffset(events)).isEqualTo(1);
        ConsumerRecord<String, byte[]> record = read(events, 1).get(0);
        assertThat(record.key()).isEqualTo(KEY);
        S3ObjectEvent event = SnsFixtures.decode(events, record.value());
        assertThat(event.getBucket()).isEqualTo("acme-landing");
        assertThat(event.getKey()).isEqualTo("orders/2026-11-23/a b/c.csv");
        assertThat(event.getSize()).isEqualTo(1024);
        assertThat(event.getEtag()).isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
        assertThat(event.getSequencer()).isEqualTo("0055AED6DCD90281E5");
        assertThat(event.getEventName()).isEqualTo("ObjectCreated:Put");
        assertThat(event.getEventTime()).isEqualTo(Instant.parse("2026-11-23T09:15:30.123Z"));
        assertThat(event.getRegion()).isEqualTo("eu-west-1");
        assertThat(event.getSource()).isEqualTo(S3EventSource.SNS);
    }

    @Test
    void shouldWriteNothingForForgedOrReplayedMessages() throws Exception {
        SigningKey forger = TestCertificates.generate(dir, "sns.amazonaws.com");
        String forged = new SnsTestSigner(forger.privateKey(), FakeSnsHttpClient.CERT_URL)
                .sign(s3Put(SnsTestSigner.recently()), 2);
        String replayed = signer.sign(s3Put(SnsTestSigner.recently().minus(Duration.ofHours(2))), 2);

        assertThat(post(forged).statusCode()).isEqualTo(403);
        assertThat(post(replayed).statusCode()).isEqualTo(403);

        assertThat(post(signer.sign(s3Put(SnsTestSigner.recently()), 1)).statusCode())
                .isEqualTo(200);
        assertThat(endOffset(events)).as("only the genuine message").isEqualTo(1);
    }

    @Test
    void shouldAnswer200ToBothCopiesOfADuplicateMessage() throws Exception {
        String body = signer.sign(s3Put(SnsTestSigner.recently()), 2);

        assertThat(post(body).statusCode()).isEqualTo(200);
        assertThat(post(body).statusCode()).isEqualTo(200);

        assertThat(read(events, 2)).extracting(ConsumerRecord::key).containsExactly(KEY, KEY);
    }

    @Test
    void shouldDeadLetterASignedMessageThatIsNotAnS3Notification() throws Exception {
        ObjectNode garbage = SnsTestSigner.notification(
                SnsTestSigner.TOPIC_ARN, "{\"Records\": [{\"s3\": 42}]}", SnsTestSigner.recently());

        HttpResponse<String> response = post(signer.sign(garbage, 2));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(endOffset(deadLetters)).isEqualTo(1);
        ConsumerRecord<String, byte[]> letter = read(deadLetters, 1).get(0);
        assertThat(new String(
                        letter.headers().lastHeader(DeadLetterHeaders.MESSAGE).value(), StandardCharsets.UTF_8))
                .contains("Records[0]");
        assertThat(new String(
                        letter.headers().lastHeader(DeadLetterHeaders.TOPIC).value(), StandardCharsets.UTF_8))
                .isEqualTo(SnsTestSigner.TOPIC_ARN);
        assertThat(endOffset(events)).isZero();
    }

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(endpoint)
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static ObjectNode s3Put(Instant timestamp) {
        return SnsTestSigner.notification(SnsTestSigner.TOPIC_ARN, SnsFixtures.text(SnsFixtures.S3_PUT), timestamp);
    }

    /** The log end offset now: what the broker held when the call was made. */
    private long endOffset(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            TopicPartition partition = new TopicPartition(topic, 0);
            return consumer.endOffsets(List.of(partition)).get(partition);
        }
    }

    private List<ConsumerRecord<String, byte[]>> read(String topic, int count) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= count;
            });
        }
        return records;
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
