package io.vigil.app.client.uptime;

import io.vigil.app.uptime.importer.HoursRow;
import java.util.List;

/**
 * The business-hours rows of one store, in file order: the document {@code POST /business-hours} takes per store.
 *
 * @param storeId the store
 * @param rows its rows, each one interval (several on one day are several intervals)
 */
record StoreIntervals(String storeId, List<HoursRow> rows) {

    StoreIntervals {
        rows = List.copyOf(rows);
    }
}
