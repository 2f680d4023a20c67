package io.vigil.api.sensor;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vigil.api.ApiSettings;
import io.vigil.api.TestApi;
import io.vigil.api.auth.AdminKeyAuthenticator;
import io.vigil.api.query.InternalStoreRoutes;
import io.vigil.api.query.QuerySettings;
import io.vigil.api.query.QueryableStore;
import io.vigil.api.query.StoreQueries;
import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.schema.registry.SchemaRegistry;
import io.vigil.schema.sensor.SensorFileAggregate;
import io.vigil.schema.sensor.SensorFileSeries;
import io.vigil.schema.sensor.SensorHourContribution;
import io.vigil.schema.sensor.SensorStats;
import io.vigil.schema.serde.AvroSerde;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Stand-ins for the topology's sensor stores, with their names and key encoding: each tables a topic of its own,
 * written here on the partition the topology would use (the file's, or the sensor's), and the sensor read routes on an
 * API server that {@code application.server} names. The topology's own stores replace these once merged.
 */
final class SensorStoresFixture implements AutoCloseable {

    static final int PARTITIONS = 2;

    private final SchemaRegistry registry = new FingerprintSchemaRegistry();
    private final KafkaProducer<String, byte[]> producer;
    private final String topicPrefix;
    private final KafkaStreams streams;
    private final TestApi api;

    SensorStoresFixture(String bootstrapServers, String name, Path stateDir, int port, Clock clock) throws Exception {
        this.topicPrefix = name + "-";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(SensorStores.ALL.stream()
                            .map(store -> new NewTopic(topic(store), PARTITIONS, (short) 1))
                            .toList())
                    .all()
                    .get(30, TimeUnit.SECONDS);
        }
        producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(),
                new ByteArraySerializer());
        StreamsBuilder builder = new StreamsBuilder();
        table(builder, SensorStores.AGGREGATES, SensorFileAggregate.class);
        table(builder, SensorStores.FILE_SENSORS, SensorStats.class);
        table(builder, SensorStores.SERIES, SensorFileSeries.class);
        table(builder, SensorStores.RECENT, SensorFileAggregate.class);
        table(builder, SensorStores.HOURLY, SensorHourContribution.class);
        streams = new KafkaStreams(builder.build(), properties(bootstrapServers, name, stateDir, port));
        StoreQueries queries = new StoreQueries(
                streams,
                new HostInfo("127.0.0.1", port),
                HttpClient.newHttpClient(),
                QuerySettings.defaults(),
                new SimpleMeterRegistry());
        api = TestApi.start(
                ApiSettings.of("127.0.0.1", port),
                List.of(
                        new SensorFileListRoute(new SensorFileQueries(queries)),
                        new SensorFileRoutes(new SensorFileQueries(queries)),
                        new SensorStatsRoutes(queries, clock),
                        new InternalStoreRoutes(queries, SensorStores.ALL, Set.of())),
                new AdminKeyAuthenticator(TestApi.ADMIN_KEY),
                List.of());
        streams.start();
    }

    private static Properties properties(String bootstrapServers, String name, Path stateDir, int port) {
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, name);
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        properties.put(StreamsConfig.APPLICATION_SERVER_CONFIG, "127.0.0.1:" + port);
        properties.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
        properties.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        properties.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
        return properties;
    }

    private <V extends SpecificRecord> void table(
            StreamsBuilder builder, QueryableStore<String, V> store, Class<V> type) {
        builder.table(
                topic(store),
                Consumed.with(Serdes.String(), AvroSerde.of(type, registry)),
                Materialized.<String, V, KeyValueStore<Bytes, byte[]>>as(store.name())
                        .withKeySerde(Serdes.String())
                        .withValueSerde(AvroSerde.of(type, registry)));
    }

    /** Writes {@code value} under {@code key} on the partition of {@code partitionKey}, and waits for the ack. */
    <V extends SpecificRecord> void put(QueryableStore<String, V> store, String partitionKey, String key, V value)
            throws Exception {
        @SuppressWarnings("unchecked")
        AvroSerde<V> serde = AvroSerde.of((Class<V>) value.getClass(), registry);
        int partition = Utils.toPositive(Utils.murmur2(partitionKey.getBytes(StandardCharsets.UTF_8))) % PARTITIONS;
        producer.send(new ProducerRecord<>(topic(store), partition, key, serde.serialize(topic(store), value)))
                .get(30, TimeUnit.SECONDS);
    }

    TestApi api() {
        return api;
    }

    private String topic(QueryableStore<?, ?> store) {
        return topicPrefix + store.name();
    }

    @Override
    public void close() {
        api.close();
        streams.close();
        producer.close();
        registry.close();
    }
}
