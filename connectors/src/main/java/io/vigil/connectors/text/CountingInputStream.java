package io.vigil.connectors.text;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read through it; one thread reads, any thread may ask for the count. */
public final class CountingInputStream extends FilterInputStream {

    private volatile long count;

    public CountingInputStream(InputStream in) {
        super(in);
    }

    public long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = in.skip(n);
        add(Math.max(0, skipped));
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false; // a reset would count bytes twice
    }

    private void add(long n) {
        count += n; // not atomic, and need not be: a single thread writes
    }
}
