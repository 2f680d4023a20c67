package io.vigil.topology.telemetry;

import io.vigil.schema.time.EpochMicros;
import java.time.Instant;

/** The keys of telemetry records and stores: {@code projectId/deviceId}, then suffixes ordered for range scans. */
public final class TelemetryKeys {

    private static final char SEPARATOR = '|';

    private TelemetryKeys() {}

    /** {@code projectId/entityId}: the key of devices, rules, webhooks, events and alerts. */
    public static String scoped(String projectId, String entityId) {
        return projectId + "/" + entityId;
    }

    /** The prefix every key {@link #scoped} under {@code projectId} starts with. */
    public static String projectPrefix(String projectId) {
        return projectId + "/";
    }

    /** The key of one (device, rule) window. */
    public static String ruleWindow(String deviceKey, String ruleId) {
        return deviceKey + SEPARATOR + ruleId;
    }

    /** The prefix of the entries of {@code owner} in a store keyed {@code owner|...}. */
    public static String entriesOf(String owner) {
        return owner + SEPARATOR;
    }

    /**
     * {@code owner|newest-first time|id}: entries of one owner in a key-ordered store, newest first. The time is
     * {@code Long.MAX_VALUE} minus epoch microseconds, 19 digits.
     */
    public static String newestFirst(String owner, Instant time, String id) {
        long micros = EpochMicros.of(time);
        return String.format("%s%c%019d%c%s", owner, SEPARATOR, Long.MAX_VALUE - micros, SEPARATOR, id);
    }
}
