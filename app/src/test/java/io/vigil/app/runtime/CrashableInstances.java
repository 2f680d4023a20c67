package io.vigil.app.runtime;

import io.vigil.config.VigilConfig;
import io.vigil.embedded.EmbeddedKafkaCluster;
import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.topology.StreamsSettings;
import io.vigil.topology.TopicProvisioner;
import io.vigil.topology.VigilTopics;
import io.vigil.topology.VigilTopology;
import io.vigil.topology.rocksdb.SharedRocksDbMemory;
import io.vigil.topology.uptime.report.ReportObjects;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;

/**
 * Instances of Vigil's topology on the embedded broker that a test can crash: an {@link Error} thrown in a processor
 * ends the instance on the spot (no commit, its transaction aborted), as a killed process would, and the others (or a
 * new one) take over its partitions once its session has expired.
 */
public final class CrashableInstances implements AutoCloseable {

    private final EmbeddedKafkaCluster kafka;
    private final String applicationId;
    private final FingerprintSchemaRegistry registry = new FingerprintSchemaRegistry();
    private final List<AutoCloseable> opened = new ArrayList<>();

    public CrashableInstances(EmbeddedKafkaCluster kafka, String applicationId) {
        this.kafka = kafka;
        this.applicationId = applicationId;
        VigilSchemas.registerAll(registry, applicationId);
    }

    public FingerprintSchemaRegistry registry() {
        return registry;
    }

    /** The settings of an instance with its state under {@code stateDir}, two partitions a topic. */
    public VigilConfig config(Path stateDir) {
        return new VigilConfig(Map.of(
                VigilConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(),
                VigilConfig.APPLICATION_ID_CONFIG,
                applicationId,
                VigilConfig.STATE_DIR_CONFIG,
                stateDir.toString(),
                VigilConfig.HTTP_ADVERTISED_HOST_CONFIG,
                "127.0.0.1",
                VigilConfig.DEFAULT_PARTITIONS_CONFIG,
                2));
    }

    public void provisionTopics(VigilConfig config) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            new TopicProvisioner(admin, Duration.ofSeconds(30))
                    .provision(VigilTopics.from(config).all());
        }
    }

    /**
     * Starts an instance; one whose stream thread fails shuts down at once.
     *
     * @param streamsSettings added to the instance's Streams settings, e.g. a processor wrapper
     */
    public KafkaStreams start(
            VigilConfig config, int port, ReportObjects objects, Map<String, Object> streamsSettings) {
        SharedRocksDbMemory rocksDb =
                open(new SharedRocksDbMemory(config.rocksDbBlockCacheBytes(), config.rocksDbWriteBufferBytes()));
        var props = StreamsSettings.of(config, port, rocksDb);
        // a crashed instance leaves no LeaveGroup behind: the survivor takes over once its session has expired
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 10_000);
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 1_000);
        props.putAll(streamsSettings);
        KafkaStreams streams = new KafkaStreams(VigilTopology.build(registry, config, props, objects), props);
        streams.setUncaughtExceptionHandler(error -> StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
        open(() -> streams.close(Duration.ofSeconds(30)));
        streams.start();
        return streams;
    }

    public <T extends AutoCloseable> T open(T resource) {
        opened.add(resource);
        return resource;
    }

    @Override
    public void close() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
        registry.close();
    }
}
