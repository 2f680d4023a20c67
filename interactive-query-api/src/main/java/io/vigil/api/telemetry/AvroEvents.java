package io.vigil.api.telemetry;

import static io.vigil.topology.telemetry.MetricValueUnion.BOOLEAN;
import static io.vigil.topology.telemetry.MetricValueUnion.NULL;
import static io.vigil.topology.telemetry.MetricValueUnion.NUMBER;
import static io.vigil.topology.telemetry.MetricValueUnion.TEXT;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;

/**
 * The events of a {@code POST /telemetry} body written, as they are read, in the Avro binary encoding of
 * {@code TelemetryBatch}: each event as an item of its {@code events} array ({@code ts}, then {@code data} as a map
 * of metric name to a union of null, double, string and boolean), and the batch as a record of those items behind its
 * ids. Written by hand through Avro's encoder, in the schema's field order, so that a 5,000-event batch makes no event
 * object, map or boxed number between the JSON and the bytes; {@code AvroEventsTest} reads what it writes back
 * through the generated class, so a change of the schema cannot go unnoticed.
 */
final class AvroEvents {

    private final ByteArrayOutputStream items;
    private final BinaryEncoder out;
    private final Entries entries;
    private int count;
    private long ts;

    /** @param maxMetrics the most metrics an event may hold */
    AvroEvents(int expectedBytes, int maxMetrics) {
        this.items = new ByteArrayOutputStream(expectedBytes);
        this.out = EncoderFactory.get().binaryEncoder(items, null);
        this.entries = new Entries(maxMetrics);
    }

    /** Starts an event, forgetting whatever the last one held if it was not {@linkplain #endEvent ended}. */
    void startEvent() {
        entries.size = 0;
    }

    void ts(long micros) {
        ts = micros;
    }

    /** How many metrics the event holds so far. */
    int metrics() {
        return entries.size;
    }

    void number(String metric, double value) {
        entries.add(metric, NUMBER).numbers[entries.size - 1] = value;
    }

    void text(String metric, String value) {
        entries.add(metric, TEXT).texts[entries.size - 1] = value;
    }

    void bool(String metric, boolean value) {
        entries.add(metric, BOOLEAN).bools[entries.size - 1] = value;
    }

    void none(String metric) {
        entries.add(metric, NULL);
    }

    /** Writes the event as the next item. */
    void endEvent() {
        try {
            out.writeLong(ts);
            out.writeMapStart();
            out.setItemCount(entries.size);
            for (int i = 0; i < entries.size; i++) {
                out.startItem();
                out.writeString(entries.names[i]);
                out.writeIndex(entries.kinds[i]);
                switch (entries.kinds[i]) {
                    case NUMBER -> out.writeDouble(entries.numbers[i]);
                    case TEXT -> out.writeString(entries.texts[i]);
                    case BOOLEAN -> out.writeBoolean(entries.bools[i]);
                    default -> out.writeNull();
                }
            }
            out.writeMapEnd();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // written to memory: cannot happen
        }
        count++;
    }

    /** How many events were written. */
    int count() {
        return count;
    }

    /**
     * The whole batch: {@code header} (the Confluent framing of the schema), the batch's ids and time of receipt,
     * then the events.
     */
    byte[] batch(byte[] header, String batchId, String projectId, String deviceId, long receivedAtMicros) {
        try {
            out.flush();
            ByteArrayOutputStream batch = new ByteArrayOutputStream(header.length + 160 + items.size());
            batch.write(header);
            BinaryEncoder head = EncoderFactory.get().directBinaryEncoder(batch, null);
            head.writeString(batchId);
            head.writeString(projectId);
            head.writeString(deviceId);
            head.writeLong(receivedAtMicros);
            head.writeArrayStart();
            head.setItemCount(count);
            items.writeTo(batch);
            head.writeArrayEnd();
            return batch.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The metrics of the event being read, in the order sent. */
    private static final class Entries {

        private final String[] names;
        private final int[] kinds;
        private final double[] numbers;
        private final String[] texts;
        private final boolean[] bools;
        private int size;

        Entries(int capacity) {
            names = new String[capacity];
            kinds = new int[capacity];
            numbers = new double[capacity];
            texts = new String[capacity];
            bools = new boolean[capacity];
        }

        Entries add(String name, int kind) {
            names[size] = name;
            kinds[size] = kind;
            size++;
            return this;
        }
    }
}
