package io.vigil.app.uptime.importer;

import java.util.EnumMap;
import java.util.Map;

/** Counts skipped rows per reason, without a map update per row. */
final class SkipTally {

    private static final SkipReason[] REASONS = SkipReason.values();

    private final long[] counts = new long[REASONS.length];
    private long total;

    void add(SkipReason reason) {
        counts[reason.ordinal()]++;
        total++;
    }

    ImportSummary summary(long rowsSeen) {
        Map<SkipReason, Long> byReason = new EnumMap<>(SkipReason.class);
        for (SkipReason reason : REASONS) {
            if (counts[reason.ordinal()] > 0) {
                byReason.put(reason, counts[reason.ordinal()]);
            }
        }
        return new ImportSummary(rowsSeen, rowsSeen - total, byReason);
    }
}
