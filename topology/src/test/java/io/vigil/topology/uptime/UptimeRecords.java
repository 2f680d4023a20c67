package io.vigil.topology.uptime;

import io.vigil.schema.uptime.BusinessHours;
import io.vigil.schema.uptime.BusinessInterval;
import io.vigil.schema.uptime.StorePoll;
import io.vigil.schema.uptime.StoreStatus;
import io.vigil.schema.uptime.StoreTimezone;
import java.time.Instant;
import java.util.List;

/** Uptime topic records for tests. */
final class UptimeRecords {

    private UptimeRecords() {}

    static StorePoll poll(String storeId, String at, StoreStatus status) {
        return new StorePoll(storeId, Instant.parse(at), status);
    }

    static BusinessInterval interval(int day, String start, String end) {
        return new BusinessInterval(day, start, end);
    }

    static BusinessHours hours(String storeId, BusinessInterval... intervals) {
        return new BusinessHours(storeId, List.of(intervals), null, null);
    }

    static StoreTimezone zone(String storeId, String zone) {
        return new StoreTimezone(storeId, zone);
    }
}
