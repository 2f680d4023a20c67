package io.vigil.app.dev.sns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vigil.app.connect.InProcessConnectWorker;
import io.vigil.embedded.EmbeddedKafkaCluster;
import io.vigil.embedded.FreePorts;
import io.vigil.testkit.EmbeddedKafkaExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The dev SNS endpoint as {@code vigil dev} runs it: the dev connector in the in-process Connect worker on a real
 * broker, fed signed notifications by {@link SnsEnvelopeSigner} and by {@code vigil sns-publish}.
 */
@ExtendWith(EmbeddedKafkaExtension.class)
@Timeout(120)
class DevSnsIT {

    private static final String EVENTS = "vigil.s3.object-events";
    private static final String DLQ = "vigil.dlq";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void shouldWriteSignedNotificationsAndRefuseTamperedOnes(EmbeddedKafkaCluster kafka, @TempDir Path dataDir)
            throws Exception {
        createTopics(kafka.bootstrapServers());
        Files.createDirectories(dataDir.resolve("connect"));
        try (InProcessConnectWorker connect =
                InProcessConnectWorker.start(kafka.bootstrapServers(), dataDir.resolve("connect"), 0)) {
            URI endpoint = DevSns.start(connect, dataDir, FreePorts.pick(), DevSns.DEFAULT_TOPIC_ARN);
            await("dev SNS endpoint listening")
                    .atMost(Duration.ofSeconds(30))
                    .ignoreExceptions()
                    .until(() -> get(endpoint) == 405);
            long before = endOffset(kafka.bootstrapServers());
            SnsEnvelopeSigner signer = new SnsEnvelopeSigner(
                    DevSigningKey.load(dataDir).privateKey(), DevSns.CERTIFICATE_URL, Clock.systemUTC());
            SignedNotification signed = signer.notification(DevSns.DEFAULT_TOPIC_ARN, SnsEnvelopeSignerTest.S3_PUT, 2);

            assertThat(post(endpoint, signed).statusCode()).isEqualTo(200);
            assertThat(post(endpoint, SnsEnvelopeSigner.tamper(signed)).statusCode())
                    .isEqualTo(403);
            assertThat(endOffset(kafka.bootstrapServers())).isEqualTo(before + 1);

            Path file = Files.writeString(dataDir.resolve("s3-put.json"), SnsEnvelopeSignerTest.S3_PUT);
            StringWriter out = new StringWriter();
            assertThat(publish(endpoint, dataDir, out, "--signature-version", "1", file.toString()))
                    .as(out.toString())
                    .isZero();
            assertThat(out.toString()).startsWith("HTTP 200");
            assertThat(publish(endpoint, dataDir, new StringWriter(), "--tamper", file.toString()))
                    .isEqualTo(1);
            assertThat(endOffset(kafka.bootstrapServers())).isEqualTo(before + 2);
        }
    }

    /** Runs {@code vigil sns-publish} against the endpoint with the key under the data directory. */
    private static int publish(URI endpoint, Path dataDir, StringWriter out, String... args) {
        List<String> all =
                new ArrayList<>(List.of("--endpoint", endpoint.toString(), "--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        return new CommandLine(new SnsPublishCommand())
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(out))
                .execute(all.toArray(String[]::new));
    }

    private static void createTopics(String bootstrapServers) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            for (String topic : List.of(EVENTS, DLQ)) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1)))
                            .all()
                            .get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
    }

    private static long endOffset(String bootstrapServers) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                Map.of("bootstrap.servers", bootstrapServers),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(EVENTS).stream()
                    .map(info -> new TopicPartition(EVENTS, info.partition()))
                    .toList();
            return consumer.endOffsets(partitions).values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
        }
    }

    private int get(URI endpoint) throws Exception {
        return http.send(HttpRequest.newBuilder(endpoint).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private HttpResponse<String> post(URI endpoint, SignedNotification notification) throws Exception {
        return http.send(
                HttpRequest.newBuilder(endpoint)
                        .timeout(Duration.ofSeconds(30))
                        .header("x-amz-sns-message-type", "Notification")
                        .POST(HttpRequest.BodyPublishers.ofString(notification.json()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
