package io.vigil.app.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vigil.app.runtime.RunningVigil;
import io.vigil.embedded.EmbeddedKafkaCluster;
import io.vigil.embedded.EmbeddedSqs;
import io.vigil.schema.s3.S3EventSource;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.testkit.EmbeddedKafkaExtension;
import io.vigil.testkit.TestNames;
import io.vigil.topology.VigilTopics;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
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

/**
 * One S3 notification through {@code POST /ingest} and through the SQS source connector in the in-process Connect
 * worker: the same key and, but for {@code source}, the same event on {@code vigil.s3.object-events}.
 */
@ExtendWith(EmbeddedKafkaExtension.class)
@Timeout(180)
class IngressParityIT {

    @Test
    void shouldWriteTheSameEventForTheSameNotificationThroughTheApiAndTheSqsConnector(
            EmbeddedKafkaCluster kafka, TestInfo test, @TempDir Path stateDir, @TempDir Path connectDir)
            throws Exception {
        String key = "parity/" + TestNames.unique(test) + "/report 1.csv";
        String notification =
                """
                {"Records":[{"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"eu-west-1",
                  "eventTime":"2026-11-23T09:15:00.123Z","eventName":"ObjectCreated:CompleteMultipartUpload",
                  "s3":{"bucket":{"name":"parity-bucket"},"object":{"key":"%s","size":4096,
                  "eTag":"9b2cf535f27731c974343645a3985328","versionId":"v7","sequencer":"0062E99A88DC407460"}}}]}"""
                        .formatted(key.replace(' ', '+'));

        try (RunningVigil vigil = new RunningVigil(kafka, TestNames.unique(test), stateDir, Map.of());
                EmbeddedSqs sqs = EmbeddedSqs.start(0);
                InProcessConnectWorker connect =
                        InProcessConnectWorker.start(kafka.bootstrapServers(), connectDir.resolve("connect"), 0);
                SqsClient client = sqsClient(sqs)) {
            assertThat(connectDir.resolve("connect"))
                    .as("the offsets directory")
                    .isDirectory();
            URI queue = sqs.createQueue("parity-" + System.nanoTime());
            connect.putConnector(
                    "parity-sqs",
                    Map.of(
                            "connector.class", "io.vigil.connectors.sqs.SqsSourceConnector",
                            "sqs.queue.urls", queue.toString(),
                            "sqs.endpoint", sqs.endpoint().toString(),
                            "sqs.region", sqs.region(),
                            "sqs.access.key.id", "test",
                            "sqs.secret.access.key", "test",
                            "sqs.wait.time.seconds", "1"));

            HttpResponse<String> ingested = vigil.call("POST", "/ingest", notification);
            assertThat(ingested.statusCode()).as(ingested.body()).isEqualTo(202);
            client.sendMessage(b -> b.queueUrl(queue.toString()).messageBody(notification));

            List<ConsumerRecord<String, S3ObjectEvent>> written = eventsFor("parity-bucket/" + key, kafka, vigil);
            ConsumerRecord<String, S3ObjectEvent> api = from(written, S3EventSource.API);
            ConsumerRecord<String, S3ObjectEvent> viaSqs = from(written, S3EventSource.SQS);
            assertThat(viaSqs.key()).isEqualTo(api.key());
            S3ObjectEvent sqsAsApi = S3ObjectEvent.newBuilder(viaSqs.value())
                    .setSource(S3EventSource.API)
                    .build();
            assertThat(sqsAsApi).isEqualTo(api.value());
            assertThat(api.value().getKey()).isEqualTo(key);
        }
    }

    private static List<ConsumerRecord<String, S3ObjectEvent>> eventsFor(
            String recordKey, EmbeddedKafkaCluster kafka, RunningVigil vigil) {
        List<ConsumerRecord<String, S3ObjectEvent>> found = new ArrayList<>();
        AvroSerde<S3ObjectEvent> events = AvroSerde.of(S3ObjectEvent.class, vigil.registry());
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        kafka.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "parity-" + System.nanoTime(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(VigilTopics.S3_OBJECT_EVENTS));
            await().atMost(RunningVigil.WAIT).until(() -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (recordKey.equals(record.key())) {
                        found.add(new ConsumerRecord<>(
                                record.topic(),
                                record.partition(),
                                record.offset(),
                                record.key(),
                                events.deserialize(record.topic(), record.value())));
                    }
                }
                return found.size() >= 2;
            });
        }
        return found;
    }

    private static ConsumerRecord<String, S3ObjectEvent> from(
            List<ConsumerRecord<String, S3ObjectEvent>> records, S3EventSource source) {
        return records.stream()
                .filter(record -> record.value().getSource() == source)
                .findFirst()
                .orElseThrow();
    }

    private static SqsClient sqsClient(EmbeddedSqs sqs) {
        return SqsClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(sqs.endpoint())
                .region(Region.of(sqs.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
    }
}
