package io.vigil.connectors.s3.sensor;

import io.vigil.schema.sensor.RowErrorReason;
import io.vigil.schema.time.IsoTimestampText;

/**
 * One record as the row handler saw it: either the header, or a data record with its parsed fields. A single instance
 * is refilled for every record, so parsing allocates nothing per row beyond the sensor id.
 */
final class ParsedRow {

    boolean header;
    long line;
    int fieldCount;
    String sensorId;
    long timestampMicros;
    String timestampText;
    double value;
    String valueText;

    void reset(long startingLine) {
        header = false;
        line = startingLine;
        fieldCount = 0;
        sensorId = null;
        timestampMicros = IsoTimestampText.INVALID;
        timestampText = null;
        value = Double.NaN;
        valueText = null;
    }

    /** The first failed check, in the contract's order, or null for a good row. */
    RowErrorReason error(int headerWidth) {
        if (fieldCount < headerWidth) {
            return RowErrorReason.too_few_fields;
        }
        if (sensorId == null) {
            return RowErrorReason.missing_sensor_id;
        }
        if (timestampMicros == IsoTimestampText.INVALID) {
            return RowErrorReason.bad_timestamp;
        }
        if (Double.isNaN(value)) {
            return RowErrorReason.bad_value;
        }
        return null;
    }

    /** What the error row shows of the offending text. */
    String detail(RowErrorReason reason, int headerWidth) {
        return switch (reason) {
            case too_few_fields -> fieldCount + " of " + headerWidth + " fields";
            case missing_sensor_id -> null;
            case bad_timestamp -> timestampText;
            case bad_value -> valueText;
        };
    }
}
