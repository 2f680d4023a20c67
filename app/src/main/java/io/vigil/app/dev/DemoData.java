package io.vigil.app.dev;

import io.vigil.embedded.S3Endpoint;
import io.vigil.schema.registry.SchemaRegistry;
import io.vigil.schema.s3.S3EventSource;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.topology.VigilTopics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * Today's demo files: a few CSV objects put into the demo bucket of the embedded S3 endpoint and announced on
 * {@code vigil.s3.object-events} as S3 would. The embedded endpoint sends no notifications, so the announcement is
 * made here; it carries S3's ETag, so seeding again on a restart the same day is recognised as a redelivery.
 */
public final class DemoData {

    public static final String BUCKET = "vigil-demo";
    private static final List<String> STREAMS = List.of("acme/orders", "acme/payments", "globex/sensors");

    private final S3Endpoint s3;
    private final String bootstrapServers;
    private final SchemaRegistry registry;
    private final Clock clock;

    public DemoData(S3Endpoint s3, String bootstrapServers, SchemaRegistry registry, Clock clock) {
        this.s3 = s3;
        this.bootstrapServers = bootstrapServers;
        this.registry = registry;
        this.clock = clock;
    }

    /** Puts and announces the demo objects; returns how many. */
    public int seed() {
        List<S3ObjectEvent> events = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        try (S3Client client = s3Client()) {
            for (String stream : STREAMS) {
                String key = stream + "/" + today + ".csv";
                byte[] body = ("sensor_id,timestamp,value\n" + stream.replace('/', '-') + "," + today
                                + "T00:00:00Z,1.5\n")
                        .getBytes(StandardCharsets.UTF_8);
                PutObjectResponse put = client.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromBytes(body));
                events.add(S3ObjectEvent.newBuilder()
                        .setBucket(BUCKET)
                        .setKey(key)
                        .setSize(body.length)
                        .setEtag(put.eTag())
                        .setEventName("ObjectCreated:Put")
                        .setEventTime(clock.instant())
                        .setSource(S3EventSource.API)
                        .setRegion(s3.region())
                        .build());
            }
        }
        publish(events);
        return events.size();
    }

    private void publish(List<S3ObjectEvent> events) {
        Map<String, Object> settings =
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, S3ObjectEvent> producer =
                new KafkaProducer<>(settings, new StringSerializer(), AvroSerde.of(S3ObjectEvent.class, registry))) {
            for (S3ObjectEvent event : events) {
                producer.send(new ProducerRecord<>(
                                VigilTopics.S3_OBJECT_EVENTS, event.getBucket() + "/" + event.getKey(), event))
                        .get();
            }
        } catch (ExecutionException e) {
            throw new KafkaException("Cannot publish the demo object events", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("Interrupted while publishing the demo object events", e);
        }
    }

    private S3Client s3Client() {
        return S3Client.builder()
                .endpointOverride(s3.endpoint())
                .forcePathStyle(true)
                .region(Region.of(s3.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("vigil", "vigil")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }
}
