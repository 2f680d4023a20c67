package io.vigil.connectors.s3.quality;

import io.vigil.connectors.s3.GeneratedRows;
import java.nio.charset.StandardCharsets;

/**
 * A CSV body generated as it is read: {@code id,name,price,at,status}, ids from 1, until at least {@code bytes}
 * bytes have been produced.
 */
final class GeneratedCsv extends GeneratedRows {

    static final String HEADER = "id,name,price,at,status\n";
    private static final byte[] AT = ",2024-02-29T13:05:09.5Z,".getBytes(StandardCharsets.US_ASCII);
    private static final byte[][] STATUS = {
        "ok\n".getBytes(StandardCharsets.US_ASCII), "late\n".getBytes(StandardCharsets.US_ASCII)
    };

    GeneratedCsv(long bytes, Runnable atEnd) {
        super(HEADER, bytes, atEnd);
    }

    @Override
    protected int writeRow(long id, byte[] row) {
        int at = writeNumber(row, id, 0);
        row[at++] = ',';
        row[at++] = 'n';
        at = writeNumber(row, id % 1000, at);
        row[at++] = ',';
        at = writeNumber(row, id % 997, at);
        row[at++] = '.';
        row[at++] = '2';
        row[at++] = '5';
        System.arraycopy(AT, 0, row, at, AT.length);
        at += AT.length;
        byte[] status = STATUS[(int) (id % 2)];
        System.arraycopy(status, 0, row, at, status.length);
        return at + status.length;
    }
}
