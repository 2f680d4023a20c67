package io.vigil.embedded;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything Vigil needs around it, in this JVM: a Kafka broker, an S3 endpoint and an SQS endpoint, started at the
 * same time and stopped in reverse order. This is what {@code vigil dev} runs on.
 */
public final class EmbeddedPlatform implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPlatform.class);

    private final EmbeddedKafkaCluster kafka;
    private final EmbeddedS3 s3;
    private final EmbeddedSqs sqs;

    private EmbeddedPlatform(EmbeddedKafkaCluster kafka, EmbeddedS3 s3, EmbeddedSqs sqs) {
        this.kafka = kafka;
        this.s3 = s3;
        this.sqs = sqs;
    }

    /**
     * Starts Kafka, S3 and SQS in parallel, then creates the spec's queues.
     *
     * @throws PortInUseException before anything starts, naming every fixed port that is taken
     * @throws EmbeddedException if a part fails to start; the parts that did start are stopped again
     */
    public static EmbeddedPlatform start(PlatformSpec spec) {
        long started = System.nanoTime();
        FreePorts.requireFree(spec.ports());
        ExecutorService executor = Executors.newFixedThreadPool(3, Parallel.threads("platform-start"));
        try {
            CompletableFuture<EmbeddedKafkaCluster> kafka =
                    CompletableFuture.supplyAsync(() -> EmbeddedKafkaCluster.start(spec.kafka()), executor);
            CompletableFuture<EmbeddedS3> s3 = CompletableFuture.supplyAsync(
                    () -> EmbeddedS3.start(spec.s3Dir(), spec.s3Port(), spec.buckets()), executor);
            CompletableFuture<EmbeddedSqs> sqs = CompletableFuture.supplyAsync(() -> startSqs(spec), executor);
            EmbeddedPlatform platform = collect(kafka, s3, sqs);
            LOG.info(
                    "Embedded platform started in {} ms: Kafka {}, S3 {}, SQS {}",
                    Duration.ofNanos(System.nanoTime() - started).toMillis(),
                    platform.kafka.bootstrapServers(),
                    platform.s3.endpoint(),
                    platform.sqs.endpoint());
            return platform;
        } finally {
            executor.shutdownNow();
        }
    }

    /** The Kafka broker. */
    public EmbeddedKafkaCluster kafka() {
        return kafka;
    }

    /** The S3 endpoint. */
    public S3Endpoint s3() {
        return s3;
    }

    /** The SQS endpoint. */
    public EmbeddedSqs sqs() {
        return sqs;
    }

    /**
     * Stops SQS, S3, then Kafka; a part that fails to stop does not keep the others running.
     *
     * @throws EmbeddedException carrying every failure, after all parts were asked to stop
     */
    @Override
    public void close() {
        EmbeddedException failure = Closer.combine("embedded platform failed to stop", Closer.closeReversed(parts()));
        if (failure != null) {
            throw failure;
        }
    }

    private List<AutoCloseable> parts() {
        return Arrays.asList(kafka, s3, sqs);
    }

    private static EmbeddedSqs startSqs(PlatformSpec spec) {
        EmbeddedSqs sqs = EmbeddedSqs.start(spec.sqsPort());
        try {
            spec.queues().forEach(sqs::createQueue);
        } catch (RuntimeException e) {
            Closer.closeReversed(List.of(sqs)).forEach(e::addSuppressed);
            throw e;
        }
        return sqs;
    }

    private static EmbeddedPlatform collect(
            CompletableFuture<EmbeddedKafkaCluster> kafka,
            CompletableFuture<EmbeddedS3> s3,
            CompletableFuture<EmbeddedSqs> sqs) {
        List<Throwable> failures = new ArrayList<>();
        EmbeddedPlatform platform =
                new EmbeddedPlatform(join(kafka, failures), join(s3, failures), join(sqs, failures));
        EmbeddedException failure = Closer.combine("embedded platform failed to start", failures);
        if (failure != null) {
            Closer.closeReversed(platform.parts()).forEach(failure::addSuppressed);
            throw failure;
        }
        return platform;
    }

    private static <T> T join(CompletableFuture<T> part, List<Throwable> failures) {
        try {
            return part.join();
        } catch (CompletionException e) {
            failures.add(e.getCause());
            return null;
        }
    }
}
