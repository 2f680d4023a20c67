package io.vigil.api.query;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.processor.StreamPartitioner;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Where a store's partitions live, as Kafka Streams knows it. Every "not known right now" answer (not started, not
 * running, rebalancing, metadata not yet available) becomes a {@link StoreUnavailableException}, i.e. "retry".
 */
final class StreamsMetadataView {

    /** Any key: the partitioners below choose the partition themselves. */
    private static final String PROBE_KEY = "";

    private final KafkaStreams streams;

    StreamsMetadataView(KafkaStreams streams) {
        this.streams = streams;
    }

    /** Fresh reads need a RUNNING instance; stale reads also accept REBALANCING. */
    void requireQueryable(boolean stale) {
        KafkaStreams.State state = streams.state();
        boolean queryable = state == KafkaStreams.State.RUNNING || stale && state == KafkaStreams.State.REBALANCING;
        if (!queryable) {
            throw new StoreUnavailableException("Kafka Streams is " + state);
        }
    }

    <K> KeyQueryMetadata forKey(QueryableStore<K, ?> store, K key) {
        return known(guarded(() ->
                streams.queryMetadataForKey(store.name(), key, store.keys().serializer())));
    }

    /**
     * The partitions of the store each instance hosts actively; together they cover every partition. Streams only
     * answers "who owns this key", so each partition is asked for with a partitioner that names it; the first call
     * also learns how many partitions there are.
     */
    Map<HostInfo, Set<Integer>> activePartitions(String storeName) {
        AtomicInteger count = new AtomicInteger(-1);
        KeyQueryMetadata first = ownerOf(storeName, (topic, key, value, partitions) -> {
            count.set(partitions);
            return Optional.of(Set.of(0));
        });
        if (count.get() < 1) {
            throw new StoreUnavailableException("the store's partitions are not known yet");
        }
        Map<HostInfo, Set<Integer>> owners = new HashMap<>();
        owners.computeIfAbsent(first.activeHost(), host -> new TreeSet<>()).add(0);
        for (int partition = 1; partition < count.get(); partition++) {
            int chosen = partition;
            KeyQueryMetadata owner = ownerOf(storeName, (topic, key, value, partitions) -> Optional.of(Set.of(chosen)));
            owners.computeIfAbsent(owner.activeHost(), host -> new TreeSet<>()).add(partition);
        }
        return owners;
    }

    private KeyQueryMetadata ownerOf(String storeName, StreamPartitioner<String, Object> partitioner) {
        return known(guarded(() -> streams.queryMetadataForKey(storeName, PROBE_KEY, partitioner)));
    }

    private static KeyQueryMetadata known(KeyQueryMetadata owner) {
        if (owner == null
                || KeyQueryMetadata.NOT_AVAILABLE.equals(owner)
                || HostInfo.unavailable().equals(owner.activeHost())) {
            throw new StoreUnavailableException("the owner of the data is not known yet");
        }
        return owner;
    }

    private <T> T guarded(Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (InvalidStateStoreException e) {
            throw new StoreUnavailableException("Kafka Streams has not started", e);
        } catch (IllegalStateException e) {
            // Thrown when the instance is shutting down or has failed; anything else is a bug.
            KafkaStreams.State state = streams.state();
            if (state.isRunningOrRebalancing()) {
                throw e;
            }
            throw new StoreUnavailableException("Kafka Streams is " + state, e);
        }
    }
}
