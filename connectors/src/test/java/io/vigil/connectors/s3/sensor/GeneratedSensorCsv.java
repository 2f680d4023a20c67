package io.vigil.connectors.s3.sensor;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A sensor CSV body made up row by row as it is read, never held whole: {@code sensor_id,timestamp,value}, 100
 * sensors, one row a second from 2024-01-01, every 100th value bad, until at least {@code bytes} bytes. Allocates
 * nothing per row. Runs {@code atEnd} once, when the reader first reaches the end.
 */
final class GeneratedSensorCsv extends InputStream {

    static final String HEADER = "sensor_id,timestamp,value\n";
    private static final byte[] DAY = ",2024-01-01T".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BAD_VALUE = "oops".getBytes(StandardCharsets.US_ASCII);

    private final long bytes;
    private final Runnable atEnd;
    private final byte[] row = new byte[128];
    private int rowLength;
    private int rowPosition;
    private long produced;
    private long rows;
    private long rowLimit = Long.MAX_VALUE;
    private boolean ended;

    GeneratedSensorCsv(long bytes, Runnable atEnd) {
        this.bytes = bytes;
        this.atEnd = atEnd;
        byte[] header = HEADER.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, row, 0, header.length);
        rowLength = header.length;
    }

    /** A body of exactly {@code rows} data rows. */
    static GeneratedSensorCsv ofRows(long rows) {
        GeneratedSensorCsv body = new GeneratedSensorCsv(Long.MAX_VALUE, () -> {});
        body.rowLimit = rows;
        return body;
    }

    long rows() {
        return rows;
    }

    long badRows() {
        return rows / 100;
    }

    long produced() {
        return produced;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (rowPosition == rowLength && !nextRow()) {
            if (!ended) {
                ended = true;
                atEnd.run();
            }
            return -1;
        }
        int n = Math.min(length, rowLength - rowPosition);
        System.arraycopy(row, rowPosition, buffer, offset, n);
        rowPosition += n;
        produced += n;
        return n;
    }

    private boolean nextRow() {
        if (produced >= bytes || rows >= rowLimit) {
            return false;
        }
        long id = ++rows;
        row[0] = 's';
        int at = writeNumber(id % 100, 2, 1);
        System.arraycopy(DAY, 0, row, at, DAY.length);
        at += DAY.length;
        long second = id % 86_400;
        at = writeNumber(second / 3600, 2, at);
        row[at++] = ':';
        at = writeNumber(second / 60 % 60, 2, at);
        row[at++] = ':';
        at = writeNumber(second % 60, 2, at);
        row[at++] = 'Z';
        row[at++] = ',';
        if (id % 100 == 0) {
            System.arraycopy(BAD_VALUE, 0, row, at, BAD_VALUE.length);
            at += BAD_VALUE.length;
        } else {
            row[at++] = '-';
            at = writeNumber(id % 997, 3, at);
            row[at++] = '.';
            at = writeNumber(id % 100, 2, at);
        }
        row[at++] = '\n';
        rowLength = at;
        rowPosition = 0;
        return true;
    }

    private int writeNumber(long value, int digits, int at) {
        for (int i = at + digits - 1; i >= at; i--) {
            row[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        return at + digits;
    }
}
