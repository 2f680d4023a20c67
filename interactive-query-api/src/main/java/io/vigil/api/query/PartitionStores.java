package io.vigil.api.query;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreType;

/**
 * This instance's copies of one partition of the topology's stores (key-value, window or any other queryable type),
 * handed to an answer that {@link StoreQueries#compute} computes where the partition lives. Its stores are valid
 * only while that answer is computed.
 */
public final class PartitionStores {

    private final KafkaStreams streams;
    private final int partition;
    private final boolean stale;

    PartitionStores(KafkaStreams streams, int partition, boolean stale) {
        this.streams = streams;
        this.partition = partition;
        this.stale = stale;
    }

    /** The partition's copy of the store {@code name}, e.g. {@code QueryableStoreTypes.windowStore()}. */
    public <S> S store(String name, QueryableStoreType<S> type) {
        StoreQueryParameters<S> parameters =
                StoreQueryParameters.fromNameAndType(name, type).withPartition(partition);
        return streams.store(stale ? parameters.enableStaleStores() : parameters);
    }
}
