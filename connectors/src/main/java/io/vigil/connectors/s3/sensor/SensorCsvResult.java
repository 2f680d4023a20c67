package io.vigil.connectors.s3.sensor;

import io.vigil.schema.sensor.FileFailureReason;
import java.util.Objects;

/** How reading a sensor CSV file ended: every row read, or the file as a whole failed. */
public sealed interface SensorCsvResult {

    /** Every data row was read; {@code good + bad == rowsSeen}. */
    record Completed(long rowsSeen, long good, long bad) implements SensorCsvResult {}

    /**
     * The file cannot be read as sensor CSV: {@code empty_file}, {@code bad_header} or {@code unreadable}. Rows read
     * before an {@code unreadable} failure were already passed on.
     *
     * @param detail what was wrong, without file content beyond a cleaned message; may be null
     */
    record Failed(FileFailureReason reason, String detail) implements SensorCsvResult {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
