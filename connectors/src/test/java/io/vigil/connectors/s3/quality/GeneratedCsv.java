package io.vigil.connectors.s3.quality;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A CSV body made up row by row as it is read, never held whole: {@code id,name,price,at,status}, ids from 1, until at
 * least {@code bytes} bytes have been produced. Allocates nothing per row. Runs {@code atEnd} once, when the reader
 * first reaches the end.
 */
final class GeneratedCsv extends InputStream {

    static final String HEADER = "id,name,price,at,status\n";
    private static final byte[] AT = ",2024-02-29T13:05:09.5Z,".getBytes(StandardCharsets.US_ASCII);
    private static final byte[][] STATUS = {
        "ok\n".getBytes(StandardCharsets.US_ASCII), "late\n".getBytes(StandardCharsets.US_ASCII)
    };

    private final long bytes;
    private final Runnable atEnd;
    private final byte[] row = new byte[128];
    private int rowLength;
    private int rowPosition;
    private long produced;
    private long rows;
    private boolean ended;

    GeneratedCsv(long bytes, Runnable atEnd) {
        this.bytes = bytes;
        this.atEnd = atEnd;
        byte[] header = HEADER.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, row, 0, header.length);
        rowLength = header.length;
    }

    long rows() {
        return rows;
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
        if (produced >= bytes) {
            return false;
        }
        long id = ++rows;
        int at = writeLong(id, 0);
        row[at++] = ',';
        row[at++] = 'n';
        at = writeLong(id % 1000, at);
        row[at++] = ',';
        at = writeLong(id % 997, at);
        row[at++] = '.';
        row[at++] = '2';
        row[at++] = '5';
        System.arraycopy(AT, 0, row, at, AT.length);
        at += AT.length;
        byte[] status = STATUS[(int) (id % 2)];
        System.arraycopy(status, 0, row, at, status.length);
        rowLength = at + status.length;
        rowPosition = 0;
        return true;
    }

    private int writeLong(long value, int at) {
        int digits = value == 0 ? 1 : (int) Math.log10(value) + 1;
        for (int i = at + digits - 1; i >= at; i--) {
            row[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        return at + digits;
    }
}
