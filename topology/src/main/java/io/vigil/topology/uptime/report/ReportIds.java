package io.vigil.topology.uptime.report;

import java.util.UUID;

/** Report ids are lower-case UUIDs: they never contain the {@code |} that separates the parts of store keys. */
public final class ReportIds {

    private static final int LENGTH = 36;

    private ReportIds() {}

    /** A new random report id. */
    public static String next() {
        return UUID.randomUUID().toString();
    }

    public static boolean isValid(String reportId) {
        if (reportId == null || reportId.length() != LENGTH) {
            return false;
        }
        try {
            return UUID.fromString(reportId).toString().equals(reportId);
        } catch (IllegalArgumentException notUuid) {
            return false;
        }
    }

    /** @throws IllegalArgumentException if {@code reportId} is not a report id */
    static String require(String reportId) {
        if (!isValid(reportId)) {
            throw new IllegalArgumentException("a report id is a lower-case UUID");
        }
        return reportId;
    }
}
