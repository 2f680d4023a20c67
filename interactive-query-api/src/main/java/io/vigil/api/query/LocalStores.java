package io.vigil.api.query;

import io.vigil.api.error.ApiException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.LagInfo;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.errors.UnknownStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads this instance's copies of a store, one partition at a time: point lookups on the partition that owns the
 * key, and bounded scans per partition that {@link PageMerge} merges in key order.
 */
final class LocalStores {

    private static final Logger LOG = LoggerFactory.getLogger(LocalStores.class);

    private final KafkaStreams streams;

    LocalStores(KafkaStreams streams) {
        this.streams = streams;
    }

    <K, V> StoreValue get(QueryableStore<K, V> store, K key, int partition, boolean stale) {
        V value = guarded(store, () -> partitionStore(store, partition, stale).get(key));
        if (value == null) {
            throw ApiException.notFound("No entry for key '" + store.keys().encode(key) + "'");
        }
        return new StoreValue(store.values().apply(value), stale ? lag(store.name(), partition) : 0);
    }

    /** A value of a global store, which every instance holds whole. */
    <K, V> StoreValue getGlobal(QueryableStore<K, V> store, K key) {
        V value = guarded(store, () -> streams.store(
                        StoreQueryParameters.fromNameAndType(store.name(), QueryableStoreTypes.<K, V>keyValueStore()))
                .get(key));
        if (value == null) {
            throw ApiException.notFound("No entry for key '" + store.keys().encode(key) + "'");
        }
        return new StoreValue(store.values().apply(value), 0);
    }

    <K, V, T> T readGlobal(QueryableStore<K, V> store, Function<ReadOnlyKeyValueStore<K, V>, T> read) {
        return guarded(
                store,
                () -> read.apply(streams.store(StoreQueryParameters.fromNameAndType(
                        store.name(), QueryableStoreTypes.<K, V>keyValueStore()))));
    }

    /** The first {@code page.limit()} entries of the range after the cursor, in one partition. */
    <K, V> Page scan(QueryableStore<K, V> store, int partition, KeyRange<K> range, PageRequest page, boolean stale) {
        K afterKey = page.after() == null ? null : store.keys().decode(page.after());
        byte[] after = afterKey == null ? null : serialize(store, afterKey);
        byte[] to = range.to() == null ? null : serialize(store, range.to());
        K start = afterKey == null ? range.from() : later(store, range.from(), afterKey);
        return guarded(store, () -> {
            ReadOnlyKeyValueStore<K, V> kv = partitionStore(store, partition, stale);
            List<StoreEntry> entries = new ArrayList<>();
            boolean more = false;
            try (KeyValueIterator<K, V> it = start == null && to == null ? kv.all() : kv.range(start, range.to())) {
                while (it.hasNext() && !more) {
                    KeyValue<K, V> next = it.next();
                    byte[] key = serialize(store, next.key);
                    if (to != null && Arrays.compareUnsigned(key, to) >= 0) {
                        break;
                    }
                    if (after != null && Arrays.compareUnsigned(key, after) <= 0) {
                        continue;
                    }
                    if (entries.size() == page.limit()) {
                        more = true;
                    } else {
                        entries.add(new StoreEntry(
                                store.keys().encode(next.key), store.values().apply(next.value)));
                    }
                }
            }
            return new Page(entries, more ? entries.get(entries.size() - 1).key() : null);
        });
    }

    /**
     * An answer computed from this instance's copies of one partition; a copy that is migrating or restoring while it
     * is read makes the whole answer "unavailable, retry".
     */
    <T> T compute(QueryableStore<?, ?> routing, int partition, boolean stale, Function<PartitionStores, T> read) {
        return guarded(routing, () -> read.apply(new PartitionStores(streams, partition, stale)));
    }

    private static <K> K later(QueryableStore<K, ?> store, K from, K after) {
        if (from == null) {
            return after;
        }
        return Arrays.compareUnsigned(serialize(store, from), serialize(store, after)) > 0 ? from : after;
    }

    private <K, V> ReadOnlyKeyValueStore<K, V> partitionStore(
            QueryableStore<K, V> store, int partition, boolean stale) {
        StoreQueryParameters<ReadOnlyKeyValueStore<K, V>> parameters = StoreQueryParameters.fromNameAndType(
                        store.name(), QueryableStoreTypes.<K, V>keyValueStore())
                .withPartition(partition);
        return streams.store(stale ? parameters.enableStaleStores() : parameters);
    }

    /** The copy's lag, or -1 when it cannot be learnt: the value read is still worth answering. */
    private long lag(String storeName, int partition) {
        Map<Integer, LagInfo> lags;
        try {
            lags = streams.allLocalStorePartitionLags().get(storeName);
        } catch (KafkaException e) {
            LOG.debug("Lag of {} partition {} unknown", storeName, partition, e);
            return -1;
        }
        LagInfo lag = lags == null ? null : lags.get(partition);
        return lag == null ? -1 : lag.offsetLag();
    }

    static <K> byte[] serialize(QueryableStore<K, ?> store, K key) {
        return store.keys().serializer().serialize(null, key);
    }

    private <T> T guarded(QueryableStore<?, ?> store, Supplier<T> read) {
        try {
            return read.get();
        } catch (UnknownStateStoreException e) {
            throw new IllegalStateException("The topology has no store named " + store.name(), e);
        } catch (InvalidStateStoreException e) {
            throw new StoreUnavailableException("its local copy is migrating or restoring", e);
        } catch (IllegalStateException e) {
            // KafkaStreams#store throws this once the instance is shutting down or has failed; anything else is a bug.
            KafkaStreams.State state = streams.state();
            if (state.isRunningOrRebalancing()) {
                throw e;
            }
            throw new StoreUnavailableException("Kafka Streams is " + state, e);
        }
    }
}
