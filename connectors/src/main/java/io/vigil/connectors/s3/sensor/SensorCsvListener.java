package io.vigil.connectors.s3.sensor;

import io.vigil.schema.sensor.RowErrorReason;

/** Receives the data rows of a sensor CSV file, in file order, as the parser reads them. */
public interface SensorCsvListener {

    /**
     * A good row.
     *
     * @param rowNumber the data record's number, from 1 (header and empty lines not counted)
     * @param timestampMicros the reading's time in microseconds since the epoch
     */
    void reading(long rowNumber, String sensorId, long timestampMicros, double value);

    /**
     * A bad row.
     *
     * @param line the physical line, from 1 and header included, where the record starts
     * @param detail the offending text, at most 100 characters without control characters; may be null
     */
    void rowError(long rowNumber, long line, RowErrorReason reason, String detail);
}
