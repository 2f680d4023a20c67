package io.vigil.connectors.s3;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * ^ * Makes every failure of an object body stream an {@link IOException}. FastCSV passes an IOException on as one but wraps
 * anything else (an S3 client exception from a checksum mismatch, say) in a CsvParseException, which would make a
 * failed read look like malformed content: the file would be failed for good instead of read again.
 */
public final class BodyFailures extends FilterInputStream {

    public BodyFailures(InputStream body) {
        super(body);
    }

    @Override
    public int read() throws IOException {
        try {
            return in.read();
        } catch (RuntimeException e) {
            throw failed(e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            return in.read(buffer, offset, length);
        } catch (RuntimeException e) {
            throw failed(e);
        }
    }

    @Override
    public long skip(long n) throws IOException {
        try {
            return in.skip(n);
        } catch (RuntimeException e) {
            throw failed(e);
        }
    }

    @Override
    public int available() throws IOException {
        try {
            return in.available();
        } catch (RuntimeException e) {
            throw failed(e);
        }
    }

    private static IOException failed(RuntimeException e) {
        return new IOException("reading the object failed: " + e.getMessage(), e);
    }
}
