package io.vigil.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

@Timeout(value = 180, unit = TimeUnit.SECONDS)
class EmbeddedPlatformIT {

    @TempDir
    Path dataDir;

    @Test
    void shouldStartKafkaS3AndSqsThatAllServeClients() throws Exception {
        PlatformSpec spec = PlatformSpec.randomPorts(dataDir)
                .withBuckets(List.of("vigil-landing"))
                .withQueues(List.of("vigil-s3-events"));

        try (EmbeddedPlatform platform = EmbeddedPlatform.start(spec);
                S3Client s3 = EmbeddedS3IT.client(platform.s3());
                SqsClient sqs = EmbeddedSqsIT.client(platform.sqs())) {
            KafkaTestClients.produce(platform.kafka().bootstrapServers(), "vigil.test.platform", List.of("k"));
            s3.putObject(b -> b.bucket("vigil-landing").key("a.csv"), RequestBody.fromString("a"));
            URI queue = platform.sqs().createQueue("vigil-s3-events");
            sqs.sendMessage(b -> b.queueUrl(queue.toString()).messageBody("m"));

            assertThat(KafkaTestClients.readFromStart(platform.kafka().bootstrapServers(), "vigil.test.platform", 1))
                    .containsExactly("k");
            assertThat(s3.getObjectAsBytes(b -> b.bucket("vigil-landing").key("a.csv"))
                            .asUtf8String())
                    .isEqualTo("a");
            assertThat(sqs.receiveMessage(b -> b.queueUrl(queue.toString()).waitTimeSeconds(5))
                            .messages())
                    .extracting(Message::body)
                    .containsExactly("m");
        }
        assertThat(dataDir.resolve("kafka/node-0/meta.properties")).exists();
        assertThat(dataDir.resolve("s3")).isDirectory();
    }

    @Test
    void shouldRefuseToStartWhenAFixedPortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            int port = taken.getLocalPort();
            PlatformSpec spec = PlatformSpec.randomPorts(dataDir).withPorts(0, port, 0);

            assertThatThrownBy(() -> EmbeddedPlatform.start(spec))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessage("Port " + port + " (S3) is already in use");
            assertThat(dataDir.resolve("kafka")).doesNotExist();
        }
    }

    @Test
    void shouldStopThePartsThatStartedWhenAnotherFails() throws Exception {
        // A file where the S3 directory belongs makes S3 fail while Kafka and SQS start.
        Files.writeString(dataDir.resolve("s3"), "not a directory");
        List<Integer> ports = FreePorts.pick(2);
        PlatformSpec spec = PlatformSpec.randomPorts(dataDir).withPorts(ports.get(0), 0, ports.get(1));

        assertThatThrownBy(() -> EmbeddedPlatform.start(spec))
                .isInstanceOf(EmbeddedException.class)
                .hasMessage("embedded platform failed to start")
                .hasRootCauseInstanceOf(FileAlreadyExistsException.class);
        assertThat(FreePorts.isFree(ports.get(0))).as("Kafka port released").isTrue();
        assertThat(FreePorts.isFree(ports.get(1))).as("SQS port released").isTrue();
    }
}
