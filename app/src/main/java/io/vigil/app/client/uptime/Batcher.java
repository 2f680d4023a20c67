package io.vigil.app.client.uptime;

import io.vigil.app.client.ApiCallException;
import io.vigil.app.uptime.importer.RowListener;
import io.vigil.app.uptime.importer.SkippedRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the rows of a file into batches of at most {@code batchSize} as they are read, handing each full batch to a
 * {@link BatchSink}: at no time does it hold more than one batch. It keeps the first few skipped rows to show them.
 */
final class Batcher<T> implements RowListener<T> {

    private final int batchSize;
    private final BatchSink<T> sink;
    private final List<T> buffer;
    private final SkippedSample skipped;
    private long sent;
    private int batches;

    Batcher(int batchSize, BatchSink<T> sink, SkippedSample skipped) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
        }
        this.batchSize = batchSize;
        this.sink = sink;
        this.buffer = new ArrayList<>(batchSize);
        this.skipped = skipped;
    }

    @Override
    public void row(T row) {
        buffer.add(row);
        if (buffer.size() == batchSize) {
            flush();
        }
    }

    @Override
    public void skipped(SkippedRow row) {
        skipped.add(row);
    }

    /** Sends what is left; called once the file has been read. */
    void finish() {
        if (!buffer.isEmpty()) {
            flush();
        }
    }

    /** Rows handed to the sink so far. */
    long sent() {
        return sent;
    }

    /** Rows waiting for their batch to fill up. */
    int buffered() {
        return buffer.size();
    }

    private void flush() {
        try {
            sink.send(buffer, ++batches);
        } catch (ApiCallException e) {
            throw new SendAbortedException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SendAbortedException(e);
        }
        sent += buffer.size();
        buffer.clear();
    }
}
