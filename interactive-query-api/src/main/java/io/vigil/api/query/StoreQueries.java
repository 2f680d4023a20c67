package io.vigil.api.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.vigil.api.ApiJson;
import io.vigil.api.error.ApiException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Interactive queries over any key-value store of the topology, from any instance. A key is read where it lives:
 * locally when this instance hosts the active copy (or, for stale reads, a standby), otherwise on the owner named by
 * {@code queryMetadataForKey}, over HTTP. A list gathers one bounded page from every instance and merges them in key
 * order. While a store is rebalancing or restoring, queries retry within a budget and then answer 503.
 */
public final class StoreQueries {

    private final HostInfo self;
    private final QuerySettings settings;
    private final LocalStores local;
    private final RemoteStores remote;
    private final RebalanceRetry retry;
    private final StreamsMetadataView metadata;

    /**
     * @param streams  the running topology
     * @param self     this instance's {@code application.server}, where other instances reach its API
     * @param http     the one HTTP client of the process, for requests to other instances
     * @param settings retry budget, timeouts and page limits
     * @param meters   where forwarded requests are counted ({@code vigil.iq.forwarded})
     */
    public StoreQueries(
            KafkaStreams streams, HostInfo self, HttpClient http, QuerySettings settings, MeterRegistry meters) {
        this(streams, self, http, settings, meters, Time.SYSTEM);
    }

    /** Visible for testing: with a controllable clock for the retry budget. */
    StoreQueries(
            KafkaStreams streams,
            HostInfo self,
            HttpClient http,
            QuerySettings settings,
            MeterRegistry meters,
            Time time) {
        this.self = self;
        this.settings = settings;
        this.local = new LocalStores(streams);
        this.remote = new RemoteStores(
                http, ApiJson.newMapper(), self, settings.forwardTimeout(), new ForwardMetrics(meters));
        this.retry = new RebalanceRetry(settings, time);
        this.metadata = new StreamsMetadataView(streams);
    }

    /** The settings, e.g. for the largest page a route may ask for. */
    public QuerySettings settings() {
        return settings;
    }

    /**
     * The value for {@code key}, from whichever instance holds it.
     *
     * @throws ApiException 404 when there is no such key, 503 when the store stays unavailable
     */
    public <K, V> StoreValue get(QueryableStore<K, V> store, K key, QueryOptions options) {
        return retry.call(store.name(), () -> attemptGet(store, key, options));
    }

    /**
     * The value for {@code key} in a global store: every instance holds all of it, so this one answers.
     *
     * @throws ApiException 404 when there is no such key, 503 when the store stays unavailable
     */
    public <K, V> StoreValue getGlobal(QueryableStore<K, V> store, K key) {
        return retry.call(store.name(), () -> local.getGlobal(store, key));
    }

    /**
     * {@code read} applied to a global store, which every instance holds whole, so this one answers; retried while
     * the store is not ready. {@code read} must close the iterators it opens.
     *
     * @throws ApiException 503 when the store stays unavailable
     */
    public <K, V, T> T readGlobal(QueryableStore<K, V> store, Function<ReadOnlyKeyValueStore<K, V>, T> read) {
        return retry.call(store.name(), () -> local.readGlobal(store, read));
    }

    /**
     * An answer computed from the copies of the partition that holds {@code key} (in {@code routing} and any other
     * store of the same task), wherever that partition lives: here, or on its owner, which is sent {@code path} with
     * {@code query} and the forwarding marker. {@code path} must lead to a route that calls this method again with
     * the same {@code here}: with the marker it answers from its own copies or 503s, never forwards again. Retries
     * while the partition moves, like {@link #get}; a forwarded request gets one attempt.
     *
     * @param path  an absolute path (its parameters already encoded) of this API
     * @param query the query parameters of that path, not yet encoded
     * @throws ApiException whatever {@code here} throws (e.g. 404), 503 when the partition stays unavailable
     */
    public <K> JsonNode compute(
            QueryableStore<K, ?> routing,
            K key,
            QueryOptions options,
            Function<PartitionStores, JsonNode> here,
            String path,
            Map<String, String> query) {
        Supplier<JsonNode> attempt = () -> atOwner(
                routing,
                key,
                options,
                partition -> local.compute(routing, partition, options.stale(), here),
                (host, partition) -> remote.compute(host, routing.name(), path, query, options));
        return options.forwarded() ? RebalanceRetry.once(routing.name(), attempt) : retry.call(routing.name(), attempt);
    }

    /** The value for {@code key} from this instance only, in one attempt: the answer to a forwarded request. */
    public <K, V> StoreValue getLocal(QueryableStore<K, V> store, K key, boolean stale) {
        return RebalanceRetry.once(store.name(), () -> attemptGet(store, key, new QueryOptions(stale, true, null)));
    }

    /**
     * One page of the store's entries across all instances, in key order.
     *
     * @throws ApiException 400 for a bad cursor, 503 when the store stays unavailable
     */
    public <K, V> Page scan(QueryableStore<K, V> store, PageRequest page, QueryOptions options) {
        return scan(store, KeyRange.all(), page, options);
    }

    /**
     * One page of the store's entries within {@code range} across all instances, in key order.
     *
     * @throws ApiException 400 for a bad cursor, 503 when the store stays unavailable
     */
    public <K, V> Page scan(QueryableStore<K, V> store, KeyRange<K> range, PageRequest page, QueryOptions options) {
        return retry.call(store.name(), () -> attemptScan(store, range, page, options));
    }

    /**
     * One page of the entries within {@code range} of the one partition that holds {@code partitionKey}, read where
     * that partition lives: for stores whose keys extend the key they are partitioned by, e.g. every
     * {@code fileId|sensor} entry of one file.
     *
     * @throws ApiException 400 for a bad cursor, 503 when the store stays unavailable
     */
    public <K, V> Page range(
            QueryableStore<K, V> store, K partitionKey, KeyRange<K> range, PageRequest page, QueryOptions options) {
        return retry.call(store.name(), () -> attemptRange(store, partitionKey, range, page, options));
    }

    /**
     * One page of the given partitions of this instance, in one attempt: the answer to a forwarded request.
     *
     * @throws ApiException 503 when one of the partitions is not active here (any more)
     */
    public <K, V> Page scanLocal(
            QueryableStore<K, V> store, KeyRange<K> range, PageRequest page, boolean stale, Set<Integer> partitions) {
        return RebalanceRetry.once(store.name(), () -> {
            metadata.requireQueryable(stale);
            return scanPartitions(store, partitions, range, page, stale);
        });
    }

    private <K, V> StoreValue attemptGet(QueryableStore<K, V> store, K key, QueryOptions options) {
        String text = store.keys().encode(key);
        return atOwner(
                store,
                key,
                options,
                partition -> local.get(store, key, partition, options.stale()),
                (host, partition) -> remote.get(host, store.name(), text, options));
    }

    private <K, V> Page attemptRange(
            QueryableStore<K, V> store, K partitionKey, KeyRange<K> range, PageRequest page, QueryOptions options) {
        KeyRange<String> text = new KeyRange<>(encoded(store, range.from()), encoded(store, range.to()));
        return atOwner(
                store,
                partitionKey,
                options,
                partition -> local.scan(store, partition, range, page, options.stale()),
                (host, partition) -> remote.page(
                        host, store.name(), remote.scan(host, store.name(), Set.of(partition), text, page, options)));
    }

    /**
     * Reads the partition of {@code key} here when this instance holds it (or, for stale reads, a standby of it),
     * otherwise asks its owner, then for stale reads its standbys; a forwarded request is never forwarded again.
     */
    private <K, T> T atOwner(
            QueryableStore<K, ?> store,
            K key,
            QueryOptions options,
            IntFunction<T> here,
            BiFunction<HostInfo, Integer, T> there) {
        metadata.requireQueryable(options.stale());
        KeyQueryMetadata owner = metadata.forKey(store, key);
        boolean standbyHere = options.stale() && owner.standbyHosts().contains(self);
        if (self.equals(owner.activeHost()) || standbyHere) {
            return here.apply(owner.partition());
        }
        if (options.forwarded()) {
            throw ApiException.unavailable(
                    "This instance no longer holds the key; ownership is moving", RebalanceRetry.RETRY_AFTER);
        }
        List<HostInfo> candidates = new ArrayList<>(List.of(owner.activeHost()));
        if (options.stale()) {
            candidates.addAll(owner.standbyHosts());
        }
        StoreUnavailableException last = null;
        for (HostInfo candidate : candidates) {
            try {
                return there.apply(candidate, owner.partition());
            } catch (StoreUnavailableException e) {
                last = e;
            }
        }
        throw last;
    }

    private static <K> String encoded(QueryableStore<K, ?> store, K key) {
        return key == null ? null : store.keys().encode(key);
    }

    private <K, V> Page attemptScan(
            QueryableStore<K, V> store, KeyRange<K> range, PageRequest page, QueryOptions options) {
        KeyRange<String> text = new KeyRange<>(encoded(store, range.from()), encoded(store, range.to()));
        metadata.requireQueryable(options.stale());
        Map<HostInfo, Set<Integer>> owners = metadata.activePartitions(store.name());
        Map<HostInfo, CompletableFuture<HttpResponse<byte[]>>> answers = new LinkedHashMap<>();
        if (!options.forwarded()) {
            owners.forEach((host, partitions) -> {
                if (!self.equals(host)) {
                    answers.put(host, remote.scan(host, store.name(), partitions, text, page, options));
                }
            });
        }
        List<Page> parts = new ArrayList<>();
        parts.add(scanPartitions(store, owners.getOrDefault(self, Set.of()), range, page, options.stale()));
        answers.forEach((host, answer) -> parts.add(remote.page(host, store.name(), answer)));
        return merge(store, parts, page);
    }

    private <K, V> Page scanPartitions(
            QueryableStore<K, V> store, Set<Integer> partitions, KeyRange<K> range, PageRequest page, boolean stale) {
        List<Page> parts = new ArrayList<>();
        for (int partition : partitions) {
            parts.add(local.scan(store, partition, range, page, stale));
        }
        return merge(store, parts, page);
    }

    private static <K> Page merge(QueryableStore<K, ?> store, List<Page> parts, PageRequest page) {
        return PageMerge.merge(
                parts,
                page.limit(),
                text -> LocalStores.serialize(store, store.keys().decode(text)));
    }
}
