package io.vigil.bench.reader;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.vigil.bench.harness.Harness;
import io.vigil.bench.harness.TempDirs;
import io.vigil.connectors.s3.quality.QualityInspector;
import io.vigil.schema.quality.DataQualityResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CSV bytes per second through the data-quality path (candidate: a GET from the embedded S3 endpoint streamed into
 * the {@link QualityInspector} with every CSV check on) against the same file parsed from local disk by the same
 * parser, FastCSV, touching every field (baseline). No Kafka: the candidate is the reader's work for one object.
 */
public final class CsvThroughputHarness implements Harness {

    private static final Logger log = LoggerFactory.getLogger(CsvThroughputHarness.class);
    private static final String BUCKET = "bench-csv";
    private static final String KEY = "sensors/readings.csv";
    private static final long SEED = 5;
    private static final double BYTES_PER_MB = 1024 * 1024;
    private static final double NANOS_PER_SECOND = 1_000_000_000.0;

    private final Path dir;
    private final Path file;
    private final long size;
    private final long rows;
    private final BenchS3 s3;
    private final DirectRead read;

    private CsvThroughputHarness(Path dir, Path file, long size, long rows, BenchS3 s3) {
        this.dir = dir;
        this.file = file;
        this.size = size;
        this.rows = rows;
        this.s3 = s3;
        this.read = new DirectRead(
                s3.client(),
                new QualityInspector(Clock.systemUTC(), SensorRules.MAX_TRACKED_ROWS),
                SensorRules.everyCheck(BUCKET));
    }

    /** Writes the CSV file, starts the S3 endpoint and uploads the file to it (not timed). */
    public static CsvThroughputHarness create(ReaderBenchSizes sizes) {
        try {
            Path dir = Files.createTempDirectory("vigil-bench-csv-");
            Path file = dir.resolve("readings.csv");
            long size = SensorCsv.writeFile(file, sizes.csvMegabytes() * (long) BYTES_PER_MB, SEED);
            long rows = parseLocal(file).records() - 1;
            BenchS3 s3 = BenchS3.start(BUCKET);
            s3.put(KEY, file);
            log.info("reader-csv-throughput: {} bytes, {} data rows", size, rows);
            return new CsvThroughputHarness(dir, file, size, rows, s3);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set up reader-csv-throughput", e);
        }
    }

    @Override
    public String name() {
        return "reader-csv-throughput";
    }

    @Override
    public String unit() {
        return "MB/s";
    }

    @Override
    public boolean higherIsBetter() {
        return true;
    }

    @Override
    public String baselineDescription() {
        return "FastCSV over the local file, every field touched";
    }

    @Override
    public String candidateDescription() {
        return "GET from embedded S3 into QualityInspector, every CSV check";
    }

    @Override
    public double measureBaseline() throws IOException {
        long start = System.nanoTime();
        LocalParse parsed = parseLocal(file);
        long took = System.nanoTime() - start;
        if (parsed.records() - 1 != rows || parsed.fieldChars() <= 0) {
            throw new IllegalStateException("the baseline read " + (parsed.records() - 1) + " rows, not " + rows);
        }
        return megabytesPerSecond(took);
    }

    @Override
    public double measureCandidate() throws IOException {
        long start = System.nanoTime();
        DataQualityResult result = read.check(KEY);
        long took = System.nanoTime() - start;
        if (result.getSize() != size || result.getRows() == null || result.getRows() != rows) {
            throw new IllegalStateException("the inspector read " + result.getSize() + " bytes and " + result.getRows()
                    + " rows, not " + size + " and " + rows);
        }
        return megabytesPerSecond(took);
    }

    /** Reads every record of the file and sums the lengths of all fields, so that no field goes unread. */
    static LocalParse parseLocal(Path file) throws IOException {
        long records = 0;
        long chars = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
            for (CsvRecord record : reader) {
                records++;
                for (int i = 0, n = record.getFieldCount(); i < n; i++) {
                    chars += record.getField(i).length();
                }
            }
        }
        return new LocalParse(records, chars);
    }

    /** What the baseline read: records (the header included) and the characters of all fields. */
    record LocalParse(long records, long fieldChars) {}

    private double megabytesPerSecond(long nanos) {
        return size / BYTES_PER_MB / (nanos / NANOS_PER_SECOND);
    }

    @Override
    public void close() {
        try {
            s3.close();
        } finally {
            TempDirs.delete(dir);
        }
    }
}
