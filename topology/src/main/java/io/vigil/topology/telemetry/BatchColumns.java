package io.vigil.topology.telemetry;

import static io.vigil.topology.telemetry.MetricValueUnion.BOOLEAN;
import static io.vigil.topology.telemetry.MetricValueUnion.NULL;
import static io.vigil.topology.telemetry.MetricValueUnion.NUMBER;
import static io.vigil.topology.telemetry.MetricValueUnion.TEXT;

import io.vigil.schema.time.EpochMicros;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.util.Utf8;

/**
 * What rule evaluation needs of a {@code TelemetryBatch}, read straight from its Avro body: the batch's ids, each
 * event's time, and the numeric values of the metrics the device's rules watch, one column per metric however many
 * rules watch it. A value that is absent, or not a number, is not in its column.
 *
 * <p>The body is walked field by field as the batch's schema lays it out, so it must have been written with that very
 * schema (the caller checks the schema id). No event, map or boxed number is made and the names of metrics no rule
 * watches are compared as bytes and skipped: at 5,000 events a batch, the generic reader's maps were most of the
 * stream thread's time.
 */
final class BatchColumns {

    /** A metric's values by event index; {@code present[i]} says whether event {@code i} has a number for it. */
    record Column(double[] values, boolean[] present) {}

    /** A bound on the first array block's count, which the bytes state and so could overstate. */
    private static final int MAX_FIRST_CAPACITY = 65_536;

    private final String batchId;
    private final String projectId;
    private final String deviceId;
    private final Instant receivedAt;
    private final long[] micros;
    private final Map<String, Column> columns;
    private final Instant[] times;

    private BatchColumns(
            String batchId,
            String projectId,
            String deviceId,
            Instant receivedAt,
            long[] micros,
            Map<String, Column> columns) {
        this.batchId = batchId;
        this.projectId = projectId;
        this.deviceId = deviceId;
        this.receivedAt = receivedAt;
        this.micros = micros;
        this.columns = columns;
        this.times = new Instant[micros.length];
    }

    /**
     * Reads the batch in {@code avro[offset..]}, written with the current {@code TelemetryBatch} schema.
     *
     * @throws IOException when the bytes end early or hold more than one batch
     */
    static BatchColumns read(byte[] avro, int offset, Set<String> metrics) throws IOException {
        BinaryDecoder in = DecoderFactory.get().binaryDecoder(avro, offset, avro.length - offset, null);
        String batchId = in.readString();
        String projectId = in.readString();
        String deviceId = in.readString();
        Instant receivedAt = EpochMicros.toInstant(in.readLong());
        long block = in.readArrayStart();
        Events events = new Events(metrics, (int) Math.min(block, MAX_FIRST_CAPACITY));
        for (; block != 0; block = in.arrayNext()) {
            for (long i = 0; i < block; i++) {
                events.read(in);
            }
        }
        if (!in.isEnd()) {
            throw new IOException("bytes left over after the batch's events");
        }
        return new BatchColumns(batchId, projectId, deviceId, receivedAt, events.micros(), events.columns());
    }

    String batchId() {
        return batchId;
    }

    String projectId() {
        return projectId;
    }

    String deviceId() {
        return deviceId;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    /** How many events the batch holds. */
    int size() {
        return micros.length;
    }

    /** The epoch microseconds of each event, in the order sent: read only. */
    long[] micros() {
        return micros;
    }

    /** The time of event {@code index}. */
    Instant time(int index) {
        if (times[index] == null) {
            times[index] = EpochMicros.toInstant(micros[index]);
        }
        return times[index];
    }

    /** The column of a metric given to {@link #read}. */
    Column column(String metric) {
        Column column = columns.get(metric);
        if (column == null) {
            throw new IllegalArgumentException("no column for metric " + metric);
        }
        return column;
    }

    /** The events as they are read: times and wanted values in arrays that grow as needed. */
    private static final class Events {

        private final Map<Utf8, GrowingColumn> wanted = new HashMap<>();
        private final Utf8 name = new Utf8();
        private long[] micros;
        private int size;

        Events(Set<String> metrics, int capacity) {
            micros = new long[Math.max(capacity, 1)];
            metrics.forEach(metric -> wanted.put(new Utf8(metric), new GrowingColumn(micros.length)));
        }

        void read(BinaryDecoder in) throws IOException {
            if (size == micros.length) {
                micros = Arrays.copyOf(micros, size * 2);
                wanted.values().forEach(column -> column.grow(micros.length));
            }
            int index = size++;
            micros[index] = in.readLong();
            for (long block = in.readMapStart(); block != 0; block = in.mapNext()) {
                for (long i = 0; i < block; i++) {
                    GrowingColumn column = wanted.get(in.readString(name));
                    int type = in.readIndex();
                    switch (type) {
                        case NULL -> {}
                        case NUMBER -> {
                            double value = in.readDouble();
                            if (column != null) {
                                column.set(index, value);
                            }
                        }
                        case TEXT -> in.skipString();
                        case BOOLEAN -> in.readBoolean();
                        default -> throw new IOException("a metric's value is of a type beyond the schema's four");
                    }
                    if (type != NUMBER && column != null) {
                        column.clear(index); // a name given twice holds its last value, as in a map
                    }
                }
            }
        }

        long[] micros() {
            return size == micros.length ? micros : Arrays.copyOf(micros, size);
        }

        Map<String, Column> columns() {
            Map<String, Column> columns = new HashMap<>();
            wanted.forEach((metric, column) -> columns.put(metric.toString(), column.trimmed(size)));
            return columns;
        }
    }

    private static final class GrowingColumn {

        private double[] values;
        private boolean[] present;

        GrowingColumn(int capacity) {
            values = new double[capacity];
            present = new boolean[capacity];
        }

        void set(int index, double value) {
            values[index] = value;
            present[index] = true;
        }

        void clear(int index) {
            present[index] = false;
        }

        void grow(int capacity) {
            values = Arrays.copyOf(values, capacity);
            present = Arrays.copyOf(present, capacity);
        }

        Column trimmed(int size) {
            return size == values.length
                    ? new Column(values, present)
                    : new Column(Arrays.copyOf(values, size), Arrays.copyOf(present, size));
        }
    }
}
