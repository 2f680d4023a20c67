package io.vigil.connectors.sns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SNS hears 2xx only for records Kafka acknowledged: 500 when they are not in time, 503 when the task stops. */
class SnsDurabilityTest {

    @TempDir
    Path dir;

    @Test
    void shouldAnswer500WhenTheRecordsAreNotAcknowledgedInTime() throws Exception {
        try (SnsEndpointFixture sns =
                SnsEndpointFixture.start(dir, Map.of(SnsSourceConfig.ACK_TIMEOUT_CONFIG, "300"), false)) {
            CompletableFuture<HttpResponse<String>> response = sendAsync(sns);

            List<SourceRecord> polled = pollUntilSome(sns);

            assertThat(polled).hasSize(1);
            assertThat(response.get().statusCode()).isEqualTo(500);
        }
    }

    @Test
    void shouldAnswer503ToWaitingRequestsWhenTheTaskStops() throws Exception {
        SnsEndpointFixture sns = SnsEndpointFixture.start(dir, Map.of(), false);
        CompletableFuture<HttpResponse<String>> response = sendAsync(sns);
        pollUntilSome(sns);

        sns.close();

        assertThat(response.get().statusCode()).isEqualTo(503);
    }

    private static CompletableFuture<HttpResponse<String>> sendAsync(SnsEndpointFixture sns) {
        String body = sns.signer.sign(
                SnsTestSigner.notification(
                        SnsTestSigner.TOPIC_ARN, SnsFixtures.text(SnsFixtures.S3_PUT), SnsTestSigner.recently()),
                2);
        return sns.http()
                .sendAsync(
                        sns.request()
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static List<SourceRecord> pollUntilSome(SnsEndpointFixture sns) {
        AtomicReference<List<SourceRecord>> polled = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            polled.set(sns.task.poll());
            return polled.get() != null;
        });
        return polled.get();
    }
}
