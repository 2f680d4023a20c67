package io.vigil.connectors.s3.sensor;

import io.vigil.schema.sensor.ReadingBatch;
import io.vigil.schema.sensor.RowError;
import io.vigil.schema.sensor.RowErrorReason;
import io.vigil.schema.sensor.SensorReading;
import io.vigil.schema.time.EpochMicros;
import java.util.ArrayList;
import java.util.List;

/**
 * Gathers consecutive rows into {@link ReadingBatch}es of at most {@value #MAX_ROWS} rows, and cuts a batch early once
 * its text (sensor ids and error details) passes {@value #MAX_TEXT_BYTES} bytes of UTF-8, so that a record stays well
 * under Kafka's 1 MB limit whatever the ids' length (a field is at most {@link SensorCsvParser#MAX_FIELD_CHARS}).
 */
final class ReadingBatcher implements SensorCsvListener {

    static final int MAX_ROWS = 4096;
    static final int MAX_TEXT_BYTES = 256 * 1024;

    private final SensorFileWriter writer;
    private final List<SensorReading> readings = new ArrayList<>();
    private final List<RowError> errors = new ArrayList<>();
    private final ReadingBatch batch = new ReadingBatch(readings, errors);
    private long textBytes;
    private long batches;

    ReadingBatcher(SensorFileWriter writer) {
        this.writer = writer;
    }

    @Override
    public void reading(long rowNumber, String sensorId, long timestampMicros, double value) {
        SensorReading reading = new SensorReading();
        reading.setRowNumber(rowNumber);
        reading.setSensorId(sensorId);
        reading.setTimestamp(EpochMicros.toInstant(timestampMicros));
        reading.setValue(value);
        readings.add(reading);
        added(utf8Length(sensorId));
    }

    @Override
    public void rowError(long rowNumber, long line, RowErrorReason reason, String detail) {
        errors.add(new RowError(rowNumber, line, reason, detail));
        added(detail == null ? 0 : utf8Length(detail));
    }

    /** Writes the rows gathered so far, if any. */
    void flush() {
        if (readings.isEmpty() && errors.isEmpty()) {
            return;
        }
        writer.batch(batch); // serialised at once: the lists can be reused
        batches++;
        readings.clear();
        errors.clear();
        textBytes = 0;
    }

    /** The batches written so far. */
    long batches() {
        return batches;
    }

    private void added(int bytes) {
        textBytes += bytes;
        if (readings.size() + errors.size() >= MAX_ROWS || textBytes >= MAX_TEXT_BYTES) {
            flush();
        }
    }

    private static int utf8Length(String text) {
        int bytes = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                bytes += c >= 0x800 && !Character.isSurrogate(c) ? 2 : 1;
            }
        }
        return bytes;
    }
}
