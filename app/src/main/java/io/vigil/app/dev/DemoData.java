package io.vigil.app.dev;

import io.vigil.embedded.S3Endpoint;
import io.vigil.schema.delivery.Expectation;
import io.vigil.schema.registry.SchemaRegistry;
import io.vigil.schema.s3.S3EventSource;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.topology.VigilTopics;
import io.vigil.topology.delivery.DeliveryNames;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import org.apache.avro.specific.SpecificRecord;
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
 * The demo: delivery expectations for three streams, then today's files (CSV objects put into the demo bucket of the
 * embedded S3 endpoint) and two earlier days' notifications, announced on {@code vigil.s3.object-events} as S3 would.
 * The embedded endpoint sends no notifications, so the announcement is made here; it carries S3's ETag, so seeding
 * again (every start of {@code dev} does) is recognised as a redelivery and changes nothing.
 */
public final class DemoData {

    public static final String BUCKET = "vigil-demo";
    private static final List<String> STREAMS = List.of("acme/orders", "acme/payments", "globex/sensors");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Duration STREAM_WAIT = Duration.ofSeconds(30);

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

    /**
     * Writes the demo expectations, waits until the topology holds them (so the files that follow are matched), then
     * puts and announces the demo objects.
     *
     * @param streamKnown whether the topology holds the state of a {@code clientId/streamId} yet
     * @return how many objects were announced
     */
    public int seed(Predicate<String> streamKnown) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Instant activeFrom = today.minusDays(3).atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<String, Expectation> expectations = new LinkedHashMap<>();
        DemoExpectations.all(activeFrom, now)
                .forEach(e -> expectations.put(e.getClientId() + "/" + e.getStreamId(), e));
        publish(DeliveryNames.EXPECTATIONS_TOPIC, expectations, Expectation.class);
        awaitStreams(expectations.keySet(), streamKnown);

        List<S3ObjectEvent> events = new ArrayList<>(earlierOrders(today));
        events.addAll(todaysObjects(today));
        Map<String, S3ObjectEvent> byObject = new LinkedHashMap<>();
        events.forEach(event -> byObject.put(event.getBucket() + "/" + event.getKey(), event));
        publish(VigilTopics.S3_OBJECT_EVENTS, byObject, S3ObjectEvent.class);
        return events.size();
    }

    /** Orders on time three days ago and late two days ago; yesterday's never came. */
    private List<S3ObjectEvent> earlierOrders(LocalDate today) {
        return List.of(
                announced("acme/orders/" + today.minusDays(3) + ".csv", today.minusDays(3), LocalTime.of(8, 10)),
                announced("acme/orders/" + today.minusDays(2) + ".csv", today.minusDays(2), LocalTime.of(11, 40)));
    }

    private S3ObjectEvent announced(String key, LocalDate day, LocalTime londonTime) {
        return S3ObjectEvent.newBuilder()
                .setBucket(BUCKET)
                .setKey(key)
                .setSize(64)
                .setEtag("demo-" + day)
                .setEventName("ObjectCreated:Put")
                .setEventTime(ZonedDateTime.of(day, londonTime, LONDON).toInstant())
                .setSource(S3EventSource.API)
                .setRegion(s3.region())
                .build();
    }

    private void awaitStreams(Set<String> keys, Predicate<String> streamKnown) {
        long deadline = System.nanoTime() + STREAM_WAIT.toNanos();
        while (!keys.stream().allMatch(streamKnown)) {
            if (System.nanoTime() > deadline) {
                throw new KafkaException("The demo expectations did not reach the topology within " + STREAM_WAIT);
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
    }

    private List<S3ObjectEvent> todaysObjects(LocalDate today) {
        List<S3ObjectEvent> events = new ArrayList<>();
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
        return events;
    }

    private <T extends SpecificRecord> void publish(String topic, Map<String, T> records, Class<T> type) {
        Map<String, Object> settings =
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, T> producer =
                new KafkaProducer<>(settings, new StringSerializer(), AvroSerde.of(type, registry))) {
            for (Map.Entry<String, T> record : records.entrySet()) {
                producer.send(new ProducerRecord<>(topic, record.getKey(), record.getValue()))
                        .get();
            }
        } catch (ExecutionException e) {
            throw new KafkaException("Cannot publish the demo records to " + topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("Interrupted while publishing the demo records to " + topic, e);
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
