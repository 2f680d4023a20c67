package io.vigil.app.uptime.importer;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What reading one file gave.
 *
 * @param rowsSeen data rows read (the header and empty lines not counted)
 * @param good rows handed to {@link RowListener#row}
 * @param skippedByReason rows skipped, per reason; reasons that never occurred are absent
 */
public record ImportSummary(long rowsSeen, long good, Map<SkipReason, Long> skippedByReason) {

    public ImportSummary {
        EnumMap<SkipReason, Long> copy = new EnumMap<>(SkipReason.class);
        copy.putAll(skippedByReason);
        skippedByReason = Collections.unmodifiableMap(copy);
    }

    /** Rows skipped, whatever the reason. */
    public long skipped() {
        return rowsSeen - good;
    }
}
