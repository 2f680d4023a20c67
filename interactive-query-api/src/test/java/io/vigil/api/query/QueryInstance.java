package io.vigil.api.query;

import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vigil.api.ApiSettings;
import io.vigil.api.RouteGroup;
import io.vigil.api.TestApi;
import io.vigil.api.auth.AdminKeyAuthenticator;
import io.vigil.api.buckets.BucketRoutes;
import io.vigil.api.health.ReadinessCheck;
import io.vigil.api.health.StreamsRunningCheck;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueStore;

/** One Vigil-like instance for query ITs: a KafkaStreams instance and the API server named by its application.server. */
final class QueryInstance implements AutoCloseable {

    /** Counts of records per key of the words topic. */
    static final QueryableStore<String, Long> COUNTS =
            new QueryableStore<>("it-word-counts", KeyCodec.strings(), LongNode::valueOf);

    /** Readings keyed {@code word|n}, each on the partition of its word: a store partitioned by a key prefix. */
    static final QueryableStore<String, String> READINGS =
            new QueryableStore<>("it-word-readings", KeyCodec.strings(), TextNode::valueOf);

    private final KafkaStreams streams;
    private final StoreQueries queries;
    private final TestApi api;

    private QueryInstance(KafkaStreams streams, StoreQueries queries, TestApi api) {
        this.streams = streams;
        this.queries = queries;
        this.api = api;
    }

    /** A topology counting the words topic into {@link #COUNTS} and, if given, tabling buckets into the bucket store. */
    static Topology topology(String wordsTopic, String bucketsTopic) {
        return topology(wordsTopic, bucketsTopic, null);
    }

    /** As above, and if given, tabling the readings topic (keys {@code word|n}) into {@link #READINGS}. */
    static Topology topology(String wordsTopic, String bucketsTopic, String readingsTopic) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(wordsTopic, Consumed.with(Serdes.String(), Serdes.String()))
                .groupByKey(Grouped.with("it-group-words", Serdes.String(), Serdes.String()))
                .count(Materialized.<String, Long, KeyValueStore<Bytes, byte[]>>as(COUNTS.name())
                        .withKeySerde(Serdes.String())
                        .withValueSerde(Serdes.Long()));
        if (bucketsTopic != null) {
            builder.table(
                    bucketsTopic,
                    Consumed.with(Serdes.String(), BucketActivitySerde.serde()),
                    Materialized.as(BucketRoutes.STORE.name()));
        }
        if (readingsTopic != null) {
            builder.table(
                    readingsTopic,
                    Consumed.with(Serdes.String(), Serdes.String()),
                    Materialized.<String, String, KeyValueStore<Bytes, byte[]>>as(READINGS.name())
                            .withKeySerde(Serdes.String())
                            .withValueSerde(Serdes.String()));
        }
        return builder.build();
    }

    /** The partition Kafka's default partitioner gives {@code key}: where readings of a word must go. */
    static int partitionOf(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    /** Creates the instance; {@code start} decides whether Kafka Streams runs. */
    static QueryInstance create(
            Topology topology,
            String applicationId,
            String bootstrapServers,
            Path stateDir,
            int port,
            QuerySettings settings,
            HttpClient http,
            boolean start) {
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        properties.put(StreamsConfig.APPLICATION_SERVER_CONFIG, "127.0.0.1:" + port);
        properties.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
        properties.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        properties.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
        KafkaStreams streams = new KafkaStreams(topology, properties);
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        StoreQueries queries = new StoreQueries(streams, new HostInfo("127.0.0.1", port), http, settings, registry);
        List<RouteGroup> groups = new ArrayList<>();
        StoreHandlers handlers = new StoreHandlers(queries);
        groups.add(routes -> {
            routes.get("/counts", handlers.list(COUNTS));
            routes.get("/counts/{word}", handlers.value(COUNTS, "word"));
        });
        groups.add(routes -> routes.get("/readings/{word}", ctx -> {
            String word = ctx.pathParam("word");
            PageRequest page = PageRequest.parse(ctx.queryParam("limit"), ctx.queryParam("after"), 100);
            ctx.json(queries.range(READINGS, word, KeyRange.prefix(word + "|"), page, QueryOptions.from(ctx)));
        }));
        groups.add(new BucketRoutes(queries));
        groups.add(new InternalStoreRoutes(queries, List.of(COUNTS, BucketRoutes.STORE, READINGS), Set.of()));
        List<ReadinessCheck> checks = List.of(new StreamsRunningCheck(streams));
        TestApi api = TestApi.start(
                ApiSettings.of("127.0.0.1", port),
                groups,
                new AdminKeyAuthenticator(TestApi.ADMIN_KEY),
                checks,
                registry);
        if (start) {
            streams.start();
        }
        return new QueryInstance(streams, queries, api);
    }

    /** How many queries this instance forwarded to others so far. */
    double forwarded() {
        return api.registry().find("vigil.iq.forwarded").counters().stream()
                .mapToDouble(counter -> counter.count())
                .sum();
    }

    KafkaStreams streams() {
        return streams;
    }

    StoreQueries queries() {
        return queries;
    }

    TestApi api() {
        return api;
    }

    @Override
    public void close() {
        api.close();
        streams.close(Duration.ofSeconds(10));
    }
}
