package io.vigil.app.client.uptime;

import io.vigil.app.uptime.importer.HoursRow;
import io.vigil.app.uptime.importer.RowListener;
import io.vigil.app.uptime.importer.SkippedRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the rows of a business-hours file per store, since the file is not sorted and a store's hours are one record
 * (sending them in pieces would keep only the last piece). The whole file is held here, which is fine: an hours file
 * is small (the original has about 100,000 rows, a few MB), unlike a status file, which is never held. A store absent
 * from the file gets no record, which means open 24/7.
 */
final class HoursByStore implements RowListener<HoursRow> {

    private final Map<String, List<HoursRow>> stores = new LinkedHashMap<>();
    private final Batcher<StoreIntervals> batcher;
    private long rowsSent;

    HoursByStore(Batcher<StoreIntervals> batcher) {
        this.batcher = batcher;
    }

    @Override
    public void row(HoursRow row) {
        stores.computeIfAbsent(row.storeId(), id -> new ArrayList<>()).add(row);
    }

    @Override
    public void skipped(SkippedRow row) {
        batcher.skipped(row);
    }

    /** Sends every store, in the order each first appeared in the file; called once the file has been read. */
    void finish() {
        for (Map.Entry<String, List<HoursRow>> store : stores.entrySet()) {
            batcher.row(new StoreIntervals(store.getKey(), store.getValue()));
            rowsSent += store.getValue().size();
        }
        batcher.finish();
        stores.clear();
    }

    /** Rows (intervals) handed on so far. */
    long rowsSent() {
        return rowsSent;
    }

    /** Stores handed on so far. */
    long storesSent() {
        return batcher.sent();
    }
}
