package io.vigil.topology.quality;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Keys of the quality-summary store: {@code bucket/prefix|hour}. The hour is a fixed-width ISO-8601 instant at the end,
 * so keys of one rule sort by time and the key splits again from the right even when the prefix holds a {@code |}.
 */
public final class SummaryKeys {

    private SummaryKeys() {}

    public static String of(String bucket, String prefix, Instant hour) {
        return ruleKey(bucket, prefix) + "|" + hour.truncatedTo(ChronoUnit.HOURS);
    }

    /** The start of every key of one rule: {@code bucket/prefix|}. */
    public static String ruleKey(String bucket, String prefix) {
        return bucket + "/" + prefix;
    }
}
