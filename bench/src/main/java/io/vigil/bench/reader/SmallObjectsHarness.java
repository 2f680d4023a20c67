package io.vigil.bench.reader;

import io.vigil.bench.harness.Harness;
import io.vigil.connectors.s3.quality.QualityInspector;
import io.vigil.schema.quality.DataQualityResult;
import io.vigil.schema.quality.QualityRule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Small objects per second through the real {@code ObjectReader} (candidate: object events on an embedded broker,
 * {@code maxInFlight} reads in flight, data-quality results written back to Kafka) against the same objects read by a
 * plain loop on one thread, a GET and an inspection each, with no Kafka (baseline).
 */
public final class SmallObjectsHarness implements Harness {

    private static final Logger log = LoggerFactory.getLogger(SmallObjectsHarness.class);
    private static final String BUCKET = "bench-small";
    private static final int OBJECT_BYTES = 1024;
    private static final Duration ROUND_TIMEOUT = Duration.ofMinutes(2);
    private static final double NANOS_PER_SECOND = 1_000_000_000.0;

    private final BenchS3 s3;
    private final ReaderPipeline pipeline;
    private final DirectRead read;
    private final List<String> keys;
    private final int maxInFlight;

    private SmallObjectsHarness(
            BenchS3 s3, ReaderPipeline pipeline, QualityRule rule, List<String> keys, int maxInFlight) {
        this.s3 = s3;
        this.pipeline = pipeline;
        this.keys = keys;
        this.maxInFlight = maxInFlight;
        this.read = new DirectRead(
                s3.client(), new QualityInspector(Clock.systemUTC(), SensorRules.MAX_TRACKED_ROWS), rule);
    }

    /** Starts S3 and the broker, uploads the objects and starts the reader (not timed). */
    public static SmallObjectsHarness create(ReaderBenchSizes sizes) {
        QualityRule rule = SensorRules.everyCheck(BUCKET);
        BenchS3 s3;
        try {
            s3 = BenchS3.start(BUCKET);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the S3 endpoint", e);
        }
        try {
            List<String> keys = upload(s3, sizes.objects());
            log.info("reader-small-objects: {} objects of about {} bytes uploaded", keys.size(), OBJECT_BYTES);
            ReaderPipeline pipeline = ReaderPipeline.start(s3.settings(), rule, sizes.maxInFlight());
            return new SmallObjectsHarness(s3, pipeline, rule, keys, sizes.maxInFlight());
        } catch (Exception e) {
            s3.close();
            throw new IllegalStateException("cannot set up reader-small-objects", e);
        }
    }

    private static List<String> upload(BenchS3 s3, int objects) throws IOException {
        List<String> keys = new ArrayList<>(objects);
        for (int i = 0; i < objects; i++) {
            ByteArrayOutputStream content = new ByteArrayOutputStream(OBJECT_BYTES + 128);
            SensorCsv.write(content, OBJECT_BYTES, i);
            String key = String.format("sensors/%05d.csv", i);
            s3.put(key, content.toByteArray());
            keys.add(key);
        }
        return List.copyOf(keys);
    }

    @Override
    public String name() {
        return "reader-small-objects";
    }

    @Override
    public String unit() {
        return "objects/s";
    }

    @Override
    public boolean higherIsBetter() {
        return true;
    }

    @Override
    public String baselineDescription() {
        return "one thread, GET + inspect each, no Kafka";
    }

    @Override
    public String candidateDescription() {
        return "ObjectReader, " + maxInFlight + " in flight, results in Kafka";
    }

    @Override
    public double measureBaseline() throws IOException {
        long start = System.nanoTime();
        for (String key : keys) {
            DataQualityResult result = read.check(key);
            if (result.getRows() == null || result.getRows() < 1) {
                throw new IllegalStateException("s3://" + BUCKET + "/" + key + " was not read as CSV");
            }
        }
        return perSecond(System.nanoTime() - start);
    }

    @Override
    public double measureCandidate() throws Exception {
        long start = System.nanoTime();
        pipeline.readAll(BUCKET, keys, ROUND_TIMEOUT);
        return perSecond(System.nanoTime() - start);
    }

    private double perSecond(long nanos) {
        return keys.size() / (nanos / NANOS_PER_SECOND);
    }

    @Override
    public void close() throws Exception {
        try {
            pipeline.close();
        } finally {
            s3.close();
        }
    }
}
