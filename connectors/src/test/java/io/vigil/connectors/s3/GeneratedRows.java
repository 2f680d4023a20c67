package io.vigil.connectors.s3;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A CSV body made up row by row as it is read, never held whole and allocating nothing per row: the header, then the
 * rows a subclass writes into one reused buffer, until at least {@code bytes} bytes have been produced or the
 * subclass has no more. Runs {@code atEnd} once, when the reader first reaches the end.
 */
public abstract class GeneratedRows extends InputStream {

    private final long bytes;
    private final Runnable atEnd;
    private final byte[] row = new byte[128];
    private int rowLength;
    private int rowPosition;
    private long produced;
    private long rows;
    private boolean ended;

    protected GeneratedRows(String header, long bytes, Runnable atEnd) {
        this.bytes = bytes;
        this.atEnd = atEnd;
        byte[] headerBytes = header.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(headerBytes, 0, row, 0, headerBytes.length);
        rowLength = headerBytes.length;
    }

    /** Data rows produced so far. */
    public long rows() {
        return rows;
    }

    /** Bytes produced so far, the header's included. */
    public long produced() {
        return produced;
    }

    /** Writes data row {@code number} (from 1), its line end included, into {@code row} and returns its length. */
    protected abstract int writeRow(long number, byte[] row);

    /** Whether there is a row after the first {@code written}; by default the byte count alone decides. */
    protected boolean hasRowAfter(long written) {
        return true;
    }

    /** Writes {@code value} as exactly {@code digits} decimal digits at {@code at}; returns the index after them. */
    protected static int writeDigits(byte[] row, long value, int digits, int at) {
        for (int i = at + digits - 1; i >= at; i--) {
            row[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        return at + digits;
    }

    /** Writes {@code value} (not negative) in as many digits as it needs; returns the index after them. */
    protected static int writeNumber(byte[] row, long value, int at) {
        return writeDigits(row, value, value == 0 ? 1 : (int) Math.log10(value) + 1, at);
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
        if (produced >= bytes || !hasRowAfter(rows)) {
            return false;
        }
        rowLength = writeRow(++rows, row);
        rowPosition = 0;
        return true;
    }
}
