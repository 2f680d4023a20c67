package io.vigil.api.tenancy;

import io.vigil.api.query.QueryableStore;
import io.vigil.api.query.StoreQueries;
import io.vigil.topology.telemetry.TelemetryKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;

/** Reads of the global tenancy stores on this instance. */
public final class TenantDirectory {

    private static final StringSerializer KEYS = new StringSerializer();

    private final StoreQueries queries;

    public TenantDirectory(StoreQueries queries) {
        this.queries = queries;
    }

    public <V> Optional<V> get(QueryableStore<String, V> store, String key) {
        return Optional.ofNullable(queries.readGlobal(store, values -> values.get(key)));
    }

    /** The entity {@code entityId} of {@code projectId}, in a store keyed {@code projectId/entityId}. */
    public <V> Optional<V> get(QueryableStore<String, V> store, String projectId, String entityId) {
        return get(store, TelemetryKeys.scoped(projectId, entityId));
    }

    /**
     * Up to {@code limit} entities of {@code projectId} after the key {@code after} (null for the first page), in key
     * order, that {@code filter} accepts.
     */
    public <V> List<KeyValue<String, V>> ofProject(
            QueryableStore<String, V> store, String projectId, String after, int limit, Predicate<V> filter) {
        String prefix = TelemetryKeys.projectPrefix(projectId);
        return queries.readGlobal(store, values -> {
            List<KeyValue<String, V>> found = new ArrayList<>();
            try (KeyValueIterator<String, V> entries = values.prefixScan(prefix, KEYS)) {
                while (entries.hasNext() && found.size() < limit) {
                    KeyValue<String, V> entry = entries.next();
                    if ((after == null || entry.key.compareTo(after) > 0) && filter.test(entry.value)) {
                        found.add(entry);
                    }
                }
            }
            return found;
        });
    }

    /**
     * The project that holds {@code entityId} in a store keyed {@code projectId/entityId}, for the admin key, which
     * names entities without their project. Scans the store: tenancy stores are small, and project keys never need it.
     */
    public <V> Optional<String> projectHolding(QueryableStore<String, V> store, String entityId) {
        String suffix = "/" + entityId;
        return queries.readGlobal(store, values -> {
            try (KeyValueIterator<String, V> entries = values.all()) {
                while (entries.hasNext()) {
                    String key = entries.next().key;
                    if (key.endsWith(suffix)) {
                        return Optional.of(key.substring(0, key.length() - suffix.length()));
                    }
                }
            }
            return Optional.<String>empty();
        });
    }

    /** Every entity of {@code store} that {@code filter} accepts, e.g. the keys of one project. */
    public <V> List<V> all(QueryableStore<String, V> store, Predicate<V> filter) {
        return queries.readGlobal(store, values -> {
            List<V> found = new ArrayList<>();
            try (KeyValueIterator<String, V> entries = values.all()) {
                entries.forEachRemaining(entry -> {
                    if (filter.test(entry.value)) {
                        found.add(entry.value);
                    }
                });
            }
            return found;
        });
    }
}
