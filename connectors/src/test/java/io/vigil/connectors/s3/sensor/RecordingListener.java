package io.vigil.connectors.s3.sensor;

import io.vigil.schema.sensor.RowErrorReason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Keeps what the parser passed on, for assertions; and parses text or bytes with it. */
final class RecordingListener implements SensorCsvListener {

    record Reading(long row, String sensorId, long micros, double value) {}

    record Error(long row, long line, RowErrorReason reason, String detail) {}

    final List<Reading> readings = new ArrayList<>();
    final List<Error> errors = new ArrayList<>();
    SensorCsvResult result;

    static RecordingListener parse(String text) throws IOException {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    static RecordingListener parse(byte[] bytes) throws IOException {
        return parse(new ByteArrayInputStream(bytes));
    }

    static RecordingListener parse(InputStream body) throws IOException {
        RecordingListener listener = new RecordingListener();
        listener.result = new SensorCsvParser().parse(body, listener);
        return listener;
    }

    @Override
    public void reading(long rowNumber, String sensorId, long timestampMicros, double value) {
        readings.add(new Reading(rowNumber, sensorId, timestampMicros, value));
    }

    @Override
    public void rowError(long rowNumber, long line, RowErrorReason reason, String detail) {
        errors.add(new Error(rowNumber, line, reason, detail));
    }

    List<Double> values() {
        return readings.stream().map(Reading::value).toList();
    }
}
