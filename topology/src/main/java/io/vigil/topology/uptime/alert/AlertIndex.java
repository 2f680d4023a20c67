package io.vigil.topology.uptime.alert;

import io.vigil.topology.delivery.StreamLedger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The due index of the alert tracker: key {@code crossing epoch millis (20 digits)|storeId} (the delivery due index's
 * key), value the store id, so a range scan from the start to now yields exactly the stores that crossed. One per task.
 */
final class AlertIndex {

    private final KeyValueStore<String, String> due;

    /**
     * No entry is earlier than this; null when not known (after a start). The scan starts here rather than at the
     * first key so that RocksDB does not step over the tombstones of every entry earlier scans took.
     */
    private Instant indexedFrom;

    AlertIndex(KeyValueStore<String, String> due) {
        this.due = due;
    }

    /** Moves the store's entry from {@code previous} to {@code next}; either may be null (no entry). */
    void move(String storeId, Instant previous, Instant next) {
        if (previous != null && !previous.equals(next)) {
            due.put(StreamLedger.indexKey(previous, storeId), null);
        }
        if (next != null) {
            due.put(StreamLedger.indexKey(next, storeId), storeId);
            if (indexedFrom != null && next.isBefore(indexedFrom)) {
                indexedFrom = next;
            }
        }
    }

    /** Removes from the index, and returns, the stores due at or before {@code now} (to the millisecond), earliest first. */
    List<String> takeDue(Instant now) {
        List<KeyValue<String, String>> found = new ArrayList<>();
        String from = indexedFrom == null ? null : StreamLedger.indexKey(indexedFrom, "");
        try (KeyValueIterator<String, String> entries = due.range(from, StreamLedger.indexKey(now, "\uffff"))) {
            entries.forEachRemaining(found::add);
        }
        if (indexedFrom == null || now.isAfter(indexedFrom)) {
            indexedFrom = now;
        }
        List<String> storeIds = new ArrayList<>(found.size());
        for (KeyValue<String, String> entry : found) {
            due.put(entry.key, null);
            storeIds.add(entry.value);
        }
        return storeIds;
    }
}
