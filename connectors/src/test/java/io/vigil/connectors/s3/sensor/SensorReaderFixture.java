package io.vigil.connectors.s3.sensor;

import io.vigil.connectors.common.FixtureClients;
import io.vigil.connectors.s3.ObjectHandler;
import io.vigil.connectors.s3.ObjectReader;
import io.vigil.connectors.s3.ObjectReaderSettings;
import io.vigil.connectors.s3.S3ClientSettings;
import io.vigil.embedded.EmbeddedKafkaCluster;
import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.schema.s3.S3EventSource;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.sensor.FileEnd;
import io.vigil.schema.sensor.FileFailed;
import io.vigil.schema.sensor.SensorFileRecord;
import io.vigil.schema.serde.AvroSerde;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A running object reader with only the sensor handler, on its own topics of the shared test broker: announces
 * objects and collects the records written to the readings topic, per file id.
 */
final class SensorReaderFixture implements AutoCloseable {

    private static final int PARTITIONS = 3;

    private final String events;
    private final String readings;
    private final FingerprintSchemaRegistry registry = new FingerprintSchemaRegistry();
    private final AvroSerde<S3ObjectEvent> eventSerde = AvroSerde.of(S3ObjectEvent.class, registry);
    private final AvroSerde<SensorFileRecord> recordSerde = AvroSerde.of(SensorFileRecord.class, registry);
    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> readingsView;
    private final S3Client s3Client;
    private final ObjectReader reader;
    private final Map<String, List<SensorFileRecord>> byFile = new HashMap<>();

    SensorReaderFixture(EmbeddedKafkaCluster kafka, String name, URI s3, String bucket, String prefix)
            throws Exception {
        FixtureClients clients = new FixtureClients(kafka);
        events = name + ".events";
        readings = name + ".readings";
        String deadLetters = name + ".dlq";
        clients.createTopics(
                new NewTopic(events, PARTITIONS, (short) 1),
                new NewTopic(readings, PARTITIONS, (short) 1),
                new NewTopic(deadLetters, 1, (short) 1));
        producer = clients.producer();
        readingsView = clients.consumer(Map.of(ConsumerConfig.GROUP_ID_CONFIG, name + ".view"));
        readingsView.subscribe(List.of(readings));
        ObjectHandler handler = new SensorHandler(bucket, prefix, recordSerde, readings, Clock.systemUTC());
        s3Client = new S3ClientSettings(Optional.of(s3), "us-east-1", Optional.of("test"), Optional.of("test"), 1)
                .client();
        reader = new ObjectReader(
                clients.consumer(Map.of(ConsumerConfig.GROUP_ID_CONFIG, name + ".reader")),
                producer,
                s3Client,
                eventSerde,
                List.of(handler),
                ObjectReaderSettings.of(events, deadLetters, 2, 5, Duration.ofSeconds(5)),
                Clock.systemUTC(),
                (topic, reason) -> {});
        reader.start();
    }

    void announce(String bucket, String key, String etag, long size) throws Exception {
        S3ObjectEvent event = S3ObjectEvent.newBuilder()
                .setBucket(bucket)
                .setKey(key)
                .setEtag(etag)
                .setSize(size)
                .setEventName("ObjectCreated:Put")
                .setEventTime(Instant.parse("2024-05-01T10:00:00Z"))
                .setSource(S3EventSource.API)
                .build();
        producer.send(new ProducerRecord<>(events, bucket + "/" + key, eventSerde.serialize(events, event)))
                .get();
    }

    /** The records of the file read so far, in the order written; empty until its read has ended. */
    List<SensorFileRecord> finishedRead(String fileId) {
        for (ConsumerRecord<String, byte[]> record : readingsView.poll(Duration.ofMillis(200))) {
            byFile.computeIfAbsent(record.key(), key -> new ArrayList<>())
                    .add(recordSerde.deserialize(record.topic(), record.value()));
        }
        List<SensorFileRecord> records = byFile.getOrDefault(fileId, List.of());
        boolean ended = !records.isEmpty()
                && (records.get(records.size() - 1).getBody() instanceof FileEnd
                        || records.get(records.size() - 1).getBody() instanceof FileFailed);
        return ended ? List.copyOf(records) : List.of();
    }

    @Override
    public void close() {
        reader.close();
        s3Client.close();
        readingsView.close();
        producer.close();
    }
}
