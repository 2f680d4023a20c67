package io.vigil.topology;

import io.vigil.config.VigilConfig;
import io.vigil.topology.errors.DeadLetterDeserializationHandler;
import io.vigil.topology.errors.DeadLetterProcessingHandler;
import io.vigil.topology.rocksdb.BoundedMemoryRocksDbConfig;
import io.vigil.topology.rocksdb.SharedRocksDbMemory;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DefaultProductionExceptionHandler;

/** The Kafka Streams configuration of a Vigil instance, derived from {@link VigilConfig}. */
public final class StreamsSettings {

    private StreamsSettings() {}

    /**
     * @param config the instance's configuration; {@code vigil.streams.*} settings override what is derived here
     * @param advertisedPort the HTTP port other instances reach this one on (the bound port when configured as 0)
     * @param rocksDbMemory the instance's shared RocksDB memory budget
     */
    public static Properties of(VigilConfig config, int advertisedPort, SharedRocksDbMemory rocksDbMemory) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, config.getString(VigilConfig.PROCESSING_GUARANTEE_CONFIG));
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.getInt(VigilConfig.NUM_STREAM_THREADS_CONFIG));
        props.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, config.getInt(VigilConfig.NUM_STANDBY_REPLICAS_CONFIG));
        props.put(StreamsConfig.STATE_DIR_CONFIG, config.getString(VigilConfig.STATE_DIR_CONFIG));
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) config.replicationFactor());
        props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, config.advertisedHost() + ":" + advertisedPort);
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        props.put(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, StreamsConfig.OPTIMIZE);
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DefaultProductionExceptionHandler.class);
        props.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedMemoryRocksDbConfig.class);
        props.put(SharedRocksDbMemory.CONFIG_KEY, rocksDbMemory);
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        props.putAll(config.clientSettings(VigilConfig.STREAMS_PREFIX));
        return props;
    }
}
