package io.vigil.app.uptime.importer;

import java.time.ZoneId;
import java.util.Objects;

/**
 * One row of the timezones file ({@code store_id,timezone_str}).
 *
 * @param storeId the store, valid by the rule of {@link io.vigil.topology.uptime.StoreIds}
 * @param zone the store's IANA time zone
 */
public record TimezoneRow(String storeId, ZoneId zone) {

    public TimezoneRow {
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(zone, "zone");
    }
}
