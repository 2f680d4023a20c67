package io.vigil.connectors.sns;

import io.vigil.connectors.common.ObjectEventRecords;
import io.vigil.connectors.common.PluginVersion;
import io.vigil.connectors.common.RegistrySettings;
import io.vigil.schema.s3.S3ObjectEvent;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.messagemanager.sns.SnsMessageManager;
import software.amazon.awssdk.regions.Region;

/**
 * Runs the HTTP(S) endpoint of an SNS subscription and hands each verified notification's records to Connect; a
 * request is answered 200 only once {@link #commitRecord} has seen all of its records written.
 */
public class SnsHttpSourceTask extends SourceTask {

    private static final Duration IDLE_POLL = Duration.ofSeconds(1);
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(10);
    private static final int WAITING_MESSAGES = 1000;

    private SdkHttpClient httpClient;
    private SnsMessageManager signatures;
    private AcknowledgementQueue queue;
    private SnsHttpEndpoint endpoint;

    @Override
    public String version() {
        return PluginVersion.get();
    }

    @Override
    public void start(Map<String, String> props) {
        SnsSourceConfig config = new SnsSourceConfig(props);
        ObjectEventRecords records = new ObjectEventRecords(
                config.topic(), config.deadLetterTopic(), RegistrySettings.serde(config, S3ObjectEvent.class));
        httpClient = createHttpClient(config);
        signatures = SnsMessageManager.builder()
                .region(Region.of(config.region()))
                .httpClient(httpClient)
                .build();
        queue = new AcknowledgementQueue(WAITING_MESSAGES);
        SnsMessageVerifier verifier = new SnsMessageVerifier(
                new SnsUrlPolicy(config.region()), config.topicArns(), config.maxAge(), Clock.systemUTC(), signatures);
        SnsRequestHandler handler = new SnsRequestHandler(
                verifier,
                new SubscriptionConfirmer(httpClient),
                new NotificationRecords(records),
                queue,
                config.ackTimeout());
        try {
            endpoint = SnsHttpEndpoint.start(config, handler);
        } catch (IOException e) {
            stop();
            throw new ConnectException("Cannot start the SNS endpoint on port " + config.listenPort(), e);
        }
    }

    /**
     * The client that fetches signing certificates and {@code SubscribeURL}s. Only URLs that passed
     * {@link SnsUrlPolicy} reach it; tests override this to serve a test certificate.
     */
    protected SdkHttpClient createHttpClient(SnsSourceConfig config) {
        return UrlConnectionHttpClient.builder()
                .connectionTimeout(FETCH_TIMEOUT)
                .socketTimeout(FETCH_TIMEOUT)
                .build();
    }

    /** The port the endpoint listens on. */
    public int port() {
        return endpoint.port();
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        List<SourceRecord> records = queue.poll(IDLE_POLL);
        return records.isEmpty() ? null : records;
    }

    /** Called by Connect once a record is written (or dropped by a transformation, when metadata is null). */
    @Override
    public void commitRecord(SourceRecord record, RecordMetadata metadata) {
        queue.acknowledge(record);
    }

    @Override
    public void stop() {
        if (queue != null) {
            queue.close();
        }
        if (endpoint != null) {
            endpoint.close();
        }
        if (signatures != null) {
            signatures.close();
        }
        if (httpClient != null) {
            httpClient.close();
        }
    }
}
