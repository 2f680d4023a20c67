package io.vigil.topology.sensor;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The sensor sub-topology. Uploads ({@value SensorNames#FILES_TOPIC}) and what the reader found in each file
 * ({@value SensorNames#READINGS_TOPIC}), both keyed by file id, meet in one fold that keeps each file's aggregate,
 * per-sensor statistics, chart and entry in the recent index. A finished file's contributions to each sensor's hours
 * are repartitioned by sensor id into {@value SensorNames#HOURLY_STATS_STORE}.
 */
public final class SensorTopology {

    private SensorTopology() {}

    /** @param partitions the partition count of the sensor topics, also given to the repartition topic */
    public static void build(StreamsBuilder builder, SensorSerdes serdes, int partitions) {
        // Rewritten at every batch of a file: cached, so RocksDB and the changelog see one write per commit.
        builder.addStateStore(cached(SensorNames.FILE_AGGREGATES_STORE, serdes.aggregates()));
        builder.addStateStore(cached(SensorNames.FILE_SENSORS_STORE, serdes.stats()));
        builder.addStateStore(cached(SensorNames.FILE_SERIES_STORE, serdes.series()));
        builder.addStateStore(store(SensorNames.FILES_RECENT_STORE, serdes.aggregates()));
        builder.addStateStore(store(SensorNames.HOURLY_STATS_STORE, serdes.contributions()));

        KStream<String, FileInput> uploads = builder.stream(
                        SensorNames.FILES_TOPIC,
                        Consumed.with(Serdes.String(), serdes.uploads()).withName(SensorNames.READ_FILES))
                .mapValues(FileInput.Uploaded::new, Named.as(SensorNames.AS_UPLOAD_INPUT));
        KStream<String, FileInput> reads = builder.stream(
                        SensorNames.READINGS_TOPIC,
                        Consumed.with(Serdes.String(), serdes.records()).withName(SensorNames.READ_READINGS))
                .mapValues(FileInput.Read::new, Named.as(SensorNames.AS_READ_INPUT));
        uploads.merge(reads, Named.as(SensorNames.MERGE_FILE_INPUTS))
                .process(
                        FileFolder::new,
                        Named.as(SensorNames.FOLD_FILES),
                        SensorNames.FILE_AGGREGATES_STORE,
                        SensorNames.FILES_RECENT_STORE,
                        SensorNames.FILE_SENSORS_STORE,
                        SensorNames.FILE_SERIES_STORE)
                .repartition(Repartitioned.with(Serdes.String(), serdes.contributions())
                        .withName(SensorNames.HOUR_CONTRIBUTIONS)
                        .withNumberOfPartitions(partitions))
                .process(
                        HourlyStatsWriter::new,
                        Named.as(SensorNames.FOLD_HOURLY_STATS),
                        SensorNames.HOURLY_STATS_STORE);
    }

    private static <V> StoreBuilder<KeyValueStore<String, V>> store(String name, Serde<V> values) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values);
    }

    private static <V> StoreBuilder<KeyValueStore<String, V>> cached(String name, Serde<V> values) {
        return store(name, values).withCachingEnabled();
    }
}
