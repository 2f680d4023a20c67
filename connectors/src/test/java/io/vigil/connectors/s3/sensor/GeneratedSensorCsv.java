package io.vigil.connectors.s3.sensor;

import io.vigil.connectors.s3.GeneratedRows;
import java.nio.charset.StandardCharsets;

/**
 * A sensor CSV body generated as it is read: {@code sensor_id,timestamp,value}, 100 sensors, one row a second from
 * 2024-01-01, every 100th value bad, until at least {@code bytes} bytes.
 */
final class GeneratedSensorCsv extends GeneratedRows {

    static final String HEADER = "sensor_id,timestamp,value\n";
    private static final byte[] DAY = ",2024-01-01T".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BAD_VALUE = "oops".getBytes(StandardCharsets.US_ASCII);

    private long rowLimit = Long.MAX_VALUE;

    GeneratedSensorCsv(long bytes, Runnable atEnd) {
        super(HEADER, bytes, atEnd);
    }

    /** A body of exactly {@code rows} data rows. */
    static GeneratedSensorCsv ofRows(long rows) {
        GeneratedSensorCsv body = new GeneratedSensorCsv(Long.MAX_VALUE, () -> {});
        body.rowLimit = rows;
        return body;
    }

    long badRows() {
        return rows() / 100;
    }

    @Override
    protected boolean hasRowAfter(long written) {
        return written < rowLimit;
    }

    @Override
    protected int writeRow(long id, byte[] row) {
        row[0] = 's';
        int at = writeDigits(row, id % 100, 2, 1);
        System.arraycopy(DAY, 0, row, at, DAY.length);
        at += DAY.length;
        long second = id % 86_400;
        at = writeDigits(row, second / 3600, 2, at);
        row[at++] = ':';
        at = writeDigits(row, second / 60 % 60, 2, at);
        row[at++] = ':';
        at = writeDigits(row, second % 60, 2, at);
        row[at++] = 'Z';
        row[at++] = ',';
        if (id % 100 == 0) {
            System.arraycopy(BAD_VALUE, 0, row, at, BAD_VALUE.length);
            at += BAD_VALUE.length;
        } else {
            row[at++] = '-';
            at = writeDigits(row, id % 997, 3, at);
            row[at++] = '.';
            at = writeDigits(row, id % 100, 2, at);
        }
        row[at++] = '\n';
        return at;
    }
}
