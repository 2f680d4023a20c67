package io.vigil.bench.sensor;

import io.vigil.bench.harness.Harness;
import io.vigil.bench.harness.TempDirs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Milliseconds from the upload of a 5-row file to its {@code processed} status (candidate) against the upload alone,
 * until the API's 202 (baseline): the ratio says how much the reader, Kafka and the fold add to what a client waits.
 */
public final class SensorLatencyHarness implements Harness {

    private static final String FIVE_ROWS =
            """
            sensor_id,timestamp,value
            s1,2026-11-23T10:00:00Z,1.5
            s2,2026-11-23T10:00:01Z,2.5
            s1,2026-11-23T10:00:02Z,3.5
            s2,2026-11-23T10:00:03Z,4.5
            s3,2026-11-23T10:00:04Z,5.5
            """;
    private static final double NANOS_PER_MILLI = 1_000_000.0;
    private static final Duration TIMEOUT = Duration.ofMinutes(1);
    private static final Duration POLL = Duration.ofMillis(50);

    private final Path dir;
    private final Path file;
    private final BenchVigil vigil;

    private SensorLatencyHarness(Path dir, Path file, BenchVigil vigil) {
        this.dir = dir;
        this.file = file;
        this.vigil = vigil;
    }

    public static SensorLatencyHarness create() {
        try {
            Path dir = Files.createTempDirectory("vigil-bench-sensor-latency-");
            Path file = Files.writeString(dir.resolve("five.csv"), FIVE_ROWS);
            SensorLatencyHarness harness = new SensorLatencyHarness(dir, file, BenchVigil.start());
            harness.measureCandidate(); // the first file warms the reader, the topology and the HTTP paths
            return harness;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set up sensor-latency", e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot warm up sensor-latency", e);
        }
    }

    @Override
    public String name() {
        return "sensor-latency";
    }

    @Override
    public String unit() {
        return "ms";
    }

    @Override
    public boolean higherIsBetter() {
        return false;
    }

    @Override
    public String baselineDescription() {
        return "POST /files of a 5-row file until the 202";
    }

    @Override
    public String candidateDescription() {
        return "POST /files of a 5-row file until GET /files/{id} says processed";
    }

    @Override
    public double measureBaseline() throws Exception {
        long start = System.nanoTime();
        vigil.upload(file);
        return (System.nanoTime() - start) / NANOS_PER_MILLI;
    }

    @Override
    public double measureCandidate() throws Exception {
        long start = System.nanoTime();
        String fileId = vigil.upload(file);
        String status = vigil.awaitFinal(fileId, POLL, TIMEOUT).path("status").asText();
        if (!status.equals("processed")) {
            throw new IllegalStateException("the 5-row file ended " + status);
        }
        return (System.nanoTime() - start) / NANOS_PER_MILLI;
    }

    @Override
    public void close() {
        try {
            vigil.close();
        } finally {
            TempDirs.delete(dir);
        }
    }
}
