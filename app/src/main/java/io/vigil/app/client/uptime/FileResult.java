package io.vigil.app.client.uptime;

import io.vigil.app.uptime.importer.SkipReason;
import io.vigil.app.uptime.importer.SkippedRow;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What importing one file did.
 *
 * @param kind what the file holds: "timezones", "business hours" or "polls"
 * @param file the file
 * @param rowsRead data rows read (good and skipped)
 * @param rowsSent rows accepted by Vigil
 * @param storesSent for business hours, the stores those rows made; otherwise -1
 * @param skippedByReason rows skipped, per reason (empty when the file failed as a whole)
 * @param firstSkipped the first few skipped rows
 * @param failure why the file failed as a whole, or null
 */
record FileResult(
        String kind,
        Path file,
        long rowsRead,
        long rowsSent,
        long storesSent,
        Map<SkipReason, Long> skippedByReason,
        List<SkippedRow> firstSkipped,
        String failure) {

    FileResult {
        skippedByReason = Map.copyOf(skippedByReason);
        firstSkipped = List.copyOf(firstSkipped);
    }

    boolean failed() {
        return failure != null;
    }

    long skipped() {
        return skippedByReason.values().stream().mapToLong(Long::longValue).sum();
    }
}
