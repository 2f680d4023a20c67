package io.vigil.connectors.sns;

import io.vigil.connectors.common.OutputTopics;
import io.vigil.connectors.sns.TestCertificates.SigningKey;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A started {@link SnsHttpSourceTask} whose certificate fetches go to a {@link FakeSnsHttpClient}, a pump that plays
 * the Connect worker, and a signer with the key of the certificate the fake client serves.
 */
final class SnsEndpointFixture implements AutoCloseable {

    static final String DLQ_TOPIC = "sns-test-dlq";
    static final String EVENTS_TOPIC = "sns-test-events";

    final SigningKey key;
    final SnsTestSigner signer;
    final FakeSnsHttpClient fake;
    final SnsHttpSourceTask task;
    final TaskPump pump;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private SnsEndpointFixture(SigningKey key, FakeSnsHttpClient fake, SnsHttpSourceTask task, boolean pumping) {
        this.key = key;
        this.signer = new SnsTestSigner(key.privateKey(), FakeSnsHttpClient.CERT_URL);
        this.fake = fake;
        this.task = task;
        this.pump = pumping ? TaskPump.start(task) : null;
    }

    /** Starts a task on a free port with a test certificate for {@code sns.amazonaws.com}, and pumps it. */
    static SnsEndpointFixture start(Path dir, Map<String, String> overrides, boolean pumping)
            throws IOException, InterruptedException {
        SigningKey key = TestCertificates.generate(dir, "sns.amazonaws.com");
        FakeSnsHttpClient fake = new FakeSnsHttpClient(key.pem());
        SnsHttpSourceTask task = new TestSnsHttpSourceTask(fake);
        Map<String, String> props = new HashMap<>();
        props.put(SnsSourceConfig.LISTEN_HOST_CONFIG, "127.0.0.1");
        props.put(SnsSourceConfig.LISTEN_PORT_CONFIG, "0");
        props.put(SnsSourceConfig.TOPIC_ARNS_CONFIG, SnsTestSigner.TOPIC_ARN);
        props.put(OutputTopics.TOPIC_CONFIG, EVENTS_TOPIC);
        props.put(OutputTopics.DLQ_TOPIC_CONFIG, DLQ_TOPIC);
        props.putAll(overrides);
        task.start(props);
        return new SnsEndpointFixture(key, fake, task, pumping);
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + task.port() + "/sns");
    }

    HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return http.send(
                request().POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder request() {
        return HttpRequest.newBuilder(uri())
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .header("x-amz-sns-message-type", "Notification");
    }

    HttpClient http() {
        return http;
    }

    @Override
    public void close() throws InterruptedException {
        if (pump != null) {
            pump.close();
        }
        task.stop();
    }
}
