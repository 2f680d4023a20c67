package io.vigil.api.telemetry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.vigil.api.ApiJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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
 * What {@code POST /telemetry} pays to turn a 5,000-event body (four metrics an event, as {@code telemetry-ingest}
 * sends) into the Avro record it produces: checked and written as it is read ({@link TelemetryBatchReader} and
 * {@link AvroEvents}), against Jackson merely walking the body's tokens (the baseline: the least any JSON reader of
 * it costs). In this package because the reader is the API's own.
 */
@State(Scope.Thread)
@Fork(1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TelemetryBatchReaderBenchmark {

    private static final Instant NOW = Instant.parse("2026-11-25T00:00:00Z");
    private static final byte[] HEADER = {0, 0, 0, 0, 1};

    private final JsonFactory json = ApiJson.newMapper().getFactory();
    private TelemetryBatchReader reader;
    private byte[] body;

    @Setup
    public void setUp() {
        reader = new TelemetryBatchReader(json, 5_000, Duration.ofMinutes(5));
        SplittableRandom random = new SplittableRandom(8);
        Instant start = Instant.parse("2026-11-24T10:00:00Z");
        StringBuilder text = new StringBuilder("{\"device_external_id\":\"device-00001\",\"events\":[");
        for (int i = 0; i < 5_000; i++) {
            text.append(i == 0 ? "" : ",")
                    .append("{\"ts\":\"")
                    .append(start.plusMillis(i))
                    .append("\",\"data\":{\"temperature\":")
                    .append(random.nextInt(150, 350) / 10.0)
                    .append(",\"humidity\":")
                    .append(random.nextInt(300, 700) / 10.0)
                    .append(",\"pressure\":")
                    .append(random.nextInt(9_800, 10_300) / 10.0)
                    .append(",\"vibration\":")
                    .append(random.nextInt(0, 500) / 10.0)
                    .append("}}");
        }
        body = text.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public byte[] readIntoAvro() {
        TelemetryBatchReader.Read read = reader.read(body, NOW);
        return read.events().batch(HEADER, "b", "p", "d", 0);
    }

    @Benchmark
    public int tokensOnlyBaseline() throws IOException {
        int tokens = 0;
        try (JsonParser parser = json.createParser(body)) {
            while (parser.nextToken() != null) {
                tokens++;
            }
        }
        return tokens;
    }
}
