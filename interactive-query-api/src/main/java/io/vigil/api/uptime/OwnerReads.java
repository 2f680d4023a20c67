package io.vigil.api.uptime;

import io.vigil.api.error.ApiException;
import io.vigil.api.query.PartitionStores;
import io.vigil.schema.uptime.BusinessHours;
import io.vigil.schema.uptime.StoreLiveStatus;
import io.vigil.schema.uptime.StorePoll;
import io.vigil.schema.uptime.StoreTimezone;
import io.vigil.topology.uptime.UptimeNames;
import io.vigil.topology.uptime.UptimeSettings;
import io.vigil.topology.uptime.UptimeStores;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;

/**
 * One partition's uptime stores on the instance that owns it, as the live routes read them: the directory entry of a
 * store (404 when there is none), its polls, and {@link UptimeStores} over the interactive-query copies.
 */
record OwnerReads(PartitionStores stores, UptimeSettings settings) {

    /** @throws ApiException 404 when no input has ever named the store */
    StoreLiveStatus status(String storeId) {
        ReadOnlyKeyValueStore<String, StoreLiveStatus> statuses =
                stores.store(UptimeNames.STATUS_STORE, QueryableStoreTypes.keyValueStore());
        StoreLiveStatus status = statuses.get(storeId);
        if (status == null) {
            throw KnownStores.unknown(storeId);
        }
        return status;
    }

    ReadOnlyWindowStore<String, StorePoll> polls() {
        return stores.store(UptimeNames.POLLS_STORE, QueryableStoreTypes.windowStore());
    }

    UptimeStores uptime() {
        ReadOnlyKeyValueStore<String, BusinessHours> hours =
                stores.store(UptimeNames.BUSINESS_HOURS_STORE, QueryableStoreTypes.keyValueStore());
        ReadOnlyKeyValueStore<String, StoreTimezone> zones =
                stores.store(UptimeNames.TIMEZONES_STORE, QueryableStoreTypes.keyValueStore());
        return new UptimeStores(polls(), hours, zones, settings);
    }
}
