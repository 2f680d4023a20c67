package io.vigil.app.uptime.importer;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the status file ({@code store_id,status,timestamp_utc}).
 *
 * @param storeId the store, valid by the rule of {@link io.vigil.topology.uptime.StoreIds}
 * @param at when the store was polled
 * @param active whether the poll found the store {@code active} (otherwise {@code inactive})
 */
public record PollRow(String storeId, Instant at, boolean active) {

    public PollRow {
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(at, "at");
    }
}
