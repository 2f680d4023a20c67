package io.vigil.app.client.uptime;

import io.vigil.app.client.ApiCallException;
import io.vigil.app.uptime.importer.RowListener;
import io.vigil.app.uptime.importer.SkippedRow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Cuts the rows of a file into batches of at most {@code batchSize} as they are read, handing each full batch to a
 * {@link BatchSink}: at no time does it hold more than one batch. A row may weigh more than one towards the size (a
 * store's business hours count one per interval), which keeps every request body well under the API's limit. It keeps
 * the first few skipped rows to show them.
 */
final class Batcher<T> implements RowListener<T> {

    private final int batchSize;
    private final ToIntFunction<T> weight;
    private final BatchSink<T> sink;
    private final List<T> buffer;
    private final SkippedSample skipped;
    private long sent;
    private int batches;
    private long load;

    Batcher(int batchSize, BatchSink<T> sink, SkippedSample skipped) {
        this(batchSize, row -> 1, sink, skipped);
    }

    /** @param weight what a row counts towards the batch size, at least 1 */
    Batcher(int batchSize, ToIntFunction<T> weight, BatchSink<T> sink, SkippedSample skipped) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
        }
        this.batchSize = batchSize;
        this.weight = weight;
        this.sink = sink;
        this.buffer = new ArrayList<>();
        this.skipped = skipped;
    }

    @Override
    public void row(T row) {
        int rowWeight = Math.max(1, weight.applyAsInt(row));
        if (!buffer.isEmpty() && load + rowWeight > batchSize) {
            flush();
        }
        buffer.add(row);
        load += rowWeight;
        if (load >= batchSize) {
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
        load = 0;
    }
}
