package io.vigil.topology.telemetry;

import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.schema.telemetry.TelemetryBatch;
import io.vigil.schema.telemetry.TelemetryEvent;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the rule evaluator pays to read a 5,000-event batch of four metrics, three of them watched: its columns read
 * straight from the Avro bytes ({@link BatchColumns}) against the generated class's decoding of the same bytes (the
 * baseline, and what the evaluator did before), which makes every event, map and boxed number. In this package
 * because {@link BatchColumns} is the topology's own.
 */
@State(Scope.Thread)
@Fork(1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BatchColumnsBenchmark {

    private static final String TOPIC = TelemetryNames.EVENTS_TOPIC;
    private static final List<String> METRICS = List.of("temperature", "humidity", "pressure", "vibration");
    private static final Set<String> WATCHED = Set.of("temperature", "humidity", "vibration");

    private AvroSerde<TelemetryBatch> serde;
    private byte[] framed;

    @Setup
    public void setUp() {
        serde = TelemetrySerdes.of(new FingerprintSchemaRegistry()).batches();
        SplittableRandom random = new SplittableRandom(8);
        Instant start = Instant.parse("2026-11-24T10:00:00Z");
        List<TelemetryEvent> events = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            Map<String, Object> data = new LinkedHashMap<>();
            METRICS.forEach(metric -> data.put(metric, random.nextInt(0, 1_000) / 10.0));
            events.add(new TelemetryEvent(start.plusMillis(i), data));
        }
        framed = serde.serialize(
                TOPIC,
                TelemetryBatch.newBuilder()
                        .setBatchId("b")
                        .setProjectId("p")
                        .setDeviceId("d")
                        .setReceivedAt(start)
                        .setEvents(events)
                        .build());
    }

    @Benchmark
    public BatchColumns columns() throws IOException {
        return BatchColumns.read(framed, AvroSerde.AVRO_OFFSET, WATCHED);
    }

    @Benchmark
    public TelemetryBatch generatedClassBaseline() {
        return serde.deserialize(TOPIC, framed);
    }
}
