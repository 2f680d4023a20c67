package io.vigil.topology.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.schema.telemetry.TelemetryBatch;
import io.vigil.schema.telemetry.TelemetryEvent;
import io.vigil.schema.time.EpochMicros;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.junit.jupiter.api.Test;

class BatchColumnsTest {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    private static final AvroSerde<TelemetryBatch> SERDE =
            TelemetrySerdes.of(new FingerprintSchemaRegistry()).batches();

    @Test
    void onlyNumbersEnterAColumnAndEachMetricHasItsOwn() throws IOException {
        Map<String, Object> nulls = new HashMap<>();
        nulls.put("t", null);
        TelemetryBatch batch = batch(List.of(
                event(0, Map.of("t", 81.5, "h", 40.0)),
                event(1, Map.of("t", "hot")),
                event(2, Map.of("t", true, "h", 41.0)),
                event(3, nulls),
                event(4, Map.of("h", 42.0, "unwatched", 7.0)),
                event(5, Map.of("t", Double.NaN))));

        BatchColumns columns = read(batch, Set.of("t", "h"));

        assertThat(columns.column("t").present()).containsExactly(true, false, false, false, false, true);
        assertThat(columns.column("t").values()[0]).isEqualTo(81.5);
        assertThat(columns.column("t").values()[5]).isNaN();
        assertThat(columns.column("h").present()).containsExactly(true, false, true, false, true, false);
        assertThat(columns.column("h").values()).containsExactly(40.0, 0.0, 41.0, 0.0, 42.0, 0.0);
        assertThatThrownBy(() -> columns.column("unwatched")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theIdsAndEventTimesAreThoseOfTheBatch() throws IOException {
        TelemetryBatch batch = batch(List.of(event(5, Map.of()), event(-3, Map.of("t", 1.0))));

        BatchColumns columns = read(batch, Set.of());

        assertThat(List.of(columns.batchId(), columns.projectId(), columns.deviceId()))
                .containsExactly("b-1", "p-1", "d-1");
        assertThat(columns.receivedAt()).isEqualTo(T0.plusSeconds(3600));
        assertThat(columns.size()).isEqualTo(2);
        assertThat(columns.time(0)).isEqualTo(T0.plusMillis(5));
        assertThat(columns.time(1)).isEqualTo(T0.minusMillis(3));
        assertThat(columns.micros()).containsExactly(micros(T0.plusMillis(5)), micros(T0.minusMillis(3)));
    }

    @Test
    void arraysAndMapsWrittenInManyBlocksReadAsInOne() throws IOException {
        List<TelemetryEvent> events = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            events.add(event(i, Map.of("t", (double) i, "label", "x".repeat(i % 7), "on", i % 2 == 0)));
        }
        TelemetryBatch batch = batch(events);
        // Avro's blocking encoder writes arrays and maps as blocks of a few items, each with its size in bytes
        ByteArrayOutputStream blocked = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().blockingBinaryEncoder(blocked, null);
        new SpecificDatumWriter<TelemetryBatch>(batch.getSchema()).write(batch, encoder);
        encoder.flush();

        BatchColumns columns = BatchColumns.read(blocked.toByteArray(), 0, Set.of("t"));

        assertThat(columns.size()).isEqualTo(300);
        double[] expected = new double[300];
        Arrays.setAll(expected, i -> i);
        assertThat(columns.column("t").values()).containsExactly(expected);
        assertThat(columns.micros()[299]).isEqualTo(micros(T0.plusMillis(299)));
    }

    @Test
    void aMetricGivenTwiceInAnEventHoldsItsLastValue() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BinaryEncoder out = EncoderFactory.get().directBinaryEncoder(bytes, null);
        out.writeString("b-1");
        out.writeString("p-1");
        out.writeString("d-1");
        out.writeLong(0);
        out.writeArrayStart();
        out.setItemCount(2);
        out.startItem();
        out.writeLong(1);
        writeMap(out, "t", 1.0, "t", "hot"); // the number, then a text
        out.startItem();
        out.writeLong(2);
        writeMap(out, "t", "cold", "t", 2.0); // a text, then the number
        out.writeArrayEnd();

        BatchColumns columns = BatchColumns.read(bytes.toByteArray(), 0, Set.of("t"));

        assertThat(columns.column("t").present()).containsExactly(false, true);
        assertThat(columns.column("t").values()[1]).isEqualTo(2.0);
    }

    private static void writeMap(BinaryEncoder out, String name1, Object value1, String name2, Object value2)
            throws IOException {
        out.writeMapStart();
        out.setItemCount(2);
        for (Object[] entry : new Object[][] {{name1, value1}, {name2, value2}}) {
            out.startItem();
            out.writeString((String) entry[0]);
            if (entry[1] instanceof Double number) {
                out.writeIndex(1);
                out.writeDouble(number);
            } else {
                out.writeIndex(2);
                out.writeString((String) entry[1]);
            }
        }
        out.writeMapEnd();
    }

    @Test
    void bytesLeftOverOrMissingAreRefused() {
        byte[] framed = SERDE.serialize(TelemetryNames.EVENTS_TOPIC, batch(List.of(event(0, Map.of("t", 1.0)))));
        byte[] longer = Arrays.copyOf(framed, framed.length + 1);
        byte[] shorter = Arrays.copyOf(framed, framed.length - 2);

        assertThatThrownBy(() -> BatchColumns.read(longer, AvroSerde.AVRO_OFFSET, Set.of("t")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("left over");
        assertThatThrownBy(() -> BatchColumns.read(shorter, AvroSerde.AVRO_OFFSET, Set.of("t")))
                .isInstanceOf(IOException.class);
    }

    private static BatchColumns read(TelemetryBatch batch, Set<String> metrics) throws IOException {
        byte[] framed = SERDE.serialize(TelemetryNames.EVENTS_TOPIC, batch);
        assertThat(SERDE.writtenWithReaderSchema(TelemetryNames.EVENTS_TOPIC, framed))
                .isTrue();
        return BatchColumns.read(framed, AvroSerde.AVRO_OFFSET, metrics);
    }

    private static TelemetryBatch batch(List<TelemetryEvent> events) {
        return TelemetryBatch.newBuilder()
                .setBatchId("b-1")
                .setProjectId("p-1")
                .setDeviceId("d-1")
                .setReceivedAt(T0.plusSeconds(3600))
                .setEvents(events)
                .build();
    }

    private static TelemetryEvent event(int millis, Map<String, Object> data) {
        return new TelemetryEvent(T0.plusMillis(millis), new HashMap<>(data));
    }

    private static long micros(Instant instant) {
        return EpochMicros.of(instant);
    }
}
