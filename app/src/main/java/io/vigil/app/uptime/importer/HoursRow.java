package io.vigil.app.uptime.importer;

import java.time.LocalTime;
import java.util.Objects;

/**
 * One row of the business-hours file ({@code store_id,dayOfWeek,start_time_local,end_time_local}), as written: what
 * an end at or before the start, or at {@code 23:59:59}, means is decided where the hours are used.
 *
 * @param storeId the store, valid by the rule of {@link io.vigil.topology.uptime.StoreIds}
 * @param day the day of the week, 0 (Monday) to 6 (Sunday)
 * @param start the local start time
 * @param end the local end time
 */
public record HoursRow(String storeId, int day, LocalTime start, LocalTime end) {

    public HoursRow {
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }
}
