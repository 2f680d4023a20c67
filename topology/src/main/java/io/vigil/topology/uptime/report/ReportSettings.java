package io.vigil.topology.uptime.report;

import io.vigil.config.VigilConfig;
import java.time.Duration;

/**
 * How reports are assembled.
 *
 * @param timeout how long after its request a report may stay running; then it is failed
 * @param sweepInterval how often (wall-clock) running reports are checked against their timeout
 * @param rowsPerPart the most rows one {@code ReportPart} record carries
 */
public record ReportSettings(Duration timeout, Duration sweepInterval, int rowsPerPart) {

    /** 15 minutes to finish, checked every 30 seconds, 2,000 rows (well under 1 MB) a part. */
    public static final ReportSettings DEFAULTS =
            new ReportSettings(Duration.ofMinutes(15), Duration.ofSeconds(30), 2000);

    /** The configured timeout, with the default sweep interval and part size. */
    public static ReportSettings from(VigilConfig config) {
        return new ReportSettings(config.uptimeReportTimeout(), DEFAULTS.sweepInterval(), DEFAULTS.rowsPerPart());
    }

    /** @throws IllegalArgumentException if a duration is not positive or rowsPerPart is below 1 */
    public ReportSettings {
        if (timeout.isZero() || timeout.isNegative() || sweepInterval.isZero() || sweepInterval.isNegative()) {
            throw new IllegalArgumentException("timeout and sweep interval must be positive");
        }
        if (rowsPerPart < 1) {
            throw new IllegalArgumentException("rowsPerPart must be positive, not " + rowsPerPart);
        }
    }
}
