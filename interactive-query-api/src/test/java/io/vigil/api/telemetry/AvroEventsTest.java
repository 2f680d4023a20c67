package io.vigil.api.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.schema.telemetry.TelemetryBatch;
import io.vigil.schema.telemetry.TelemetryEvent;
import io.vigil.schema.time.EpochMicros;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AvroEventsTest {

    private static final String TOPIC = "vigil.telemetry.events";
    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00.123456Z");
    private static final AvroSerde<TelemetryBatch> BATCHES =
            AvroSerde.of(TelemetryBatch.class, new FingerprintSchemaRegistry());

    @Test
    void whatItWritesTheGeneratedClassReadsAsTheSameBatch() {
        AvroEvents events = new AvroEvents(16, 8);
        events.startEvent();
        events.ts(EpochMicros.of(T0));
        events.number("t", 21.5);
        events.text("s", "ok ✓");
        events.bool("b", true);
        events.none("x");
        events.endEvent();
        events.startEvent(); // an event with no metrics
        events.ts(EpochMicros.of(T0.minusSeconds(1)));
        events.endEvent();
        events.startEvent(); // refused part-way: never ended, so never written
        events.ts(0);
        events.number("t", 1);
        events.startEvent();
        events.ts(EpochMicros.of(T0.plusSeconds(1)));
        events.number("t", 1);
        events.number("t", -2); // twice: the last holds, as in a map
        events.endEvent();

        byte[] written = events.batch(BATCHES.header(TOPIC), "b-1", "p-1", "d-1", EpochMicros.of(T0.plusSeconds(9)));

        Map<String, Object> first = new HashMap<>();
        first.put("t", 21.5);
        first.put("s", "ok ✓");
        first.put("b", true);
        first.put("x", null);
        assertThat(events.count()).isEqualTo(3);
        assertThat(BATCHES.writtenWithReaderSchema(TOPIC, written)).isTrue();
        assertThat(BATCHES.deserialize(TOPIC, written))
                .isEqualTo(TelemetryBatch.newBuilder()
                        .setBatchId("b-1")
                        .setProjectId("p-1")
                        .setDeviceId("d-1")
                        .setReceivedAt(T0.plusSeconds(9))
                        .setEvents(List.of(
                                new TelemetryEvent(T0, first),
                                new TelemetryEvent(T0.minusSeconds(1), Map.of()),
                                new TelemetryEvent(T0.plusSeconds(1), Map.of("t", -2.0))))
                        .build());
    }

    @Test
    void aBatchOfNoEventsIsStillARecord() {
        byte[] written = new AvroEvents(0, 1).batch(BATCHES.header(TOPIC), "b", "p", "d", 0);

        assertThat(BATCHES.deserialize(TOPIC, written).getEvents()).isEmpty();
    }
}
