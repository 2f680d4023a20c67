package io.vigil.bench.sensor;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.bench.harness.Harness;
import io.vigil.bench.harness.TempDirs;
import io.vigil.bench.reader.SensorCsv;
import io.vigil.connectors.s3.sensor.SensorCsvListener;
import io.vigil.connectors.s3.sensor.SensorCsvParser;
import io.vigil.connectors.s3.sensor.SensorCsvResult;
import io.vigil.schema.sensor.RowErrorReason;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rows per second of a sensor CSV file from upload to final aggregate (candidate: {@code POST /files} streamed to the
 * embedded S3 endpoint, the object reader's parse into Kafka, the topology's fold, until {@code GET /files/{id}}
 * says it is final) against the same file parsed from local disk by the same parser in one thread (baseline). Each
 * candidate round uploads the file again, which makes it a new file; the peak heap of the whole JVM (broker, S3
 * endpoint and Vigil together) during each round is logged.
 */
public final class SensorPipelineHarness implements Harness {

    private static final Logger log = LoggerFactory.getLogger(SensorPipelineHarness.class);
    private static final long SEED = 11;
    /** What a row of {@link SensorCsv} takes on average, to size the file for the rows asked for. */
    private static final int BYTES_PER_ROW = 52;

    private static final double NANOS_PER_SECOND = 1_000_000_000.0;
    private static final Duration ROUND_TIMEOUT = Duration.ofMinutes(30);
    /** Against a run of minutes, a poll every half second costs at most half a second of the figure. */
    private static final Duration POLL = Duration.ofMillis(500);

    private final Path dir;
    private final Path file;
    private final long rows;
    private final BenchVigil vigil;

    private SensorPipelineHarness(Path dir, Path file, long rows, BenchVigil vigil) {
        this.dir = dir;
        this.file = file;
        this.rows = rows;
        this.vigil = vigil;
    }

    /** Writes the file and starts Vigil (not timed). */
    public static SensorPipelineHarness create(SensorBenchSizes sizes) {
        try {
            Path dir = Files.createTempDirectory("vigil-bench-sensor-csv-");
            Path file = dir.resolve("readings.csv");
            long size = SensorCsv.writeFile(file, sizes.rows() * BYTES_PER_ROW, SEED);
            long rows = parse(file).rowsSeen();
            log.info("sensor-pipeline: {} bytes, {} data rows", size, rows);
            return new SensorPipelineHarness(dir, file, rows, BenchVigil.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set up sensor-pipeline", e);
        }
    }

    @Override
    public String name() {
        return "sensor-pipeline";
    }

    @Override
    public String unit() {
        return "rows/s";
    }

    @Override
    public boolean higherIsBetter() {
        return true;
    }

    @Override
    public String baselineDescription() {
        return "the sensor CSV parser reading the file from local disk in one thread";
    }

    @Override
    public String candidateDescription() {
        return "POST /files to the final aggregate: S3 upload, reader parse into Kafka, topology fold";
    }

    @Override
    public double measureBaseline() throws IOException {
        long start = System.nanoTime();
        SensorCsvResult.Completed parsed = parse(file);
        return parsed.rowsSeen() / ((System.nanoTime() - start) / NANOS_PER_SECOND);
    }

    @Override
    public double measureCandidate() throws Exception {
        try (HeapPeak heap = HeapPeak.start()) {
            long start = System.nanoTime();
            String fileId = vigil.upload(file);
            long uploaded = System.nanoTime();
            JsonNode result = vigil.awaitFinal(fileId, POLL, ROUND_TIMEOUT);
            long done = System.nanoTime();
            long seen = result.path("rows_seen").asLong();
            if (seen != rows) {
                throw new IllegalStateException("the pipeline saw " + seen + " rows, the parser " + rows);
            }
            log.info(
                    "sensor-pipeline round: upload {} s, then {} s to {}; {} good rows, {} errors; peak heap {} MiB",
                    String.format("%.1f", (uploaded - start) / NANOS_PER_SECOND),
                    String.format("%.1f", (done - uploaded) / NANOS_PER_SECOND),
                    result.path("status").asText(),
                    result.path("aggregates").path("row_count").asLong(),
                    result.path("error_count").asLong(),
                    heap.peakBytes() / (1024 * 1024));
            return rows / ((done - start) / NANOS_PER_SECOND);
        }
    }

    @Override
    public void close() {
        try {
            vigil.close();
        } finally {
            TempDirs.delete(dir);
        }
    }

    private static SensorCsvResult.Completed parse(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            SensorCsvResult result = new SensorCsvParser().parse(in, new Counting());
            if (result instanceof SensorCsvResult.Completed completed) {
                return completed;
            }
            throw new IllegalStateException("the benchmark file did not parse: " + result);
        }
    }

    /** Touches what a reading carries, so the parse cannot be optimised away. */
    private static final class Counting implements SensorCsvListener {

        private long checksum;

        @Override
        public void reading(long rowNumber, String sensorId, long timestampMicros, double value) {
            checksum += sensorId.length() + timestampMicros + (long) value;
        }

        @Override
        public void rowError(long rowNumber, long line, RowErrorReason reason, String detail) {
            checksum += reason.ordinal();
        }
    }
}
