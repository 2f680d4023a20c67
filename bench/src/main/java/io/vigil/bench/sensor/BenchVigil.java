package io.vigil.bench.sensor;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.app.client.ApiCallException;
import io.vigil.app.client.ApiHttp;
import io.vigil.app.client.SensorFilesClient;
import io.vigil.app.runtime.VigilRuntime;
import io.vigil.bench.harness.TempDirs;
import io.vigil.config.VigilConfig;
import io.vigil.embedded.EmbeddedKafkaCluster;
import io.vigil.embedded.EmbeddedS3;
import io.vigil.embedded.KafkaClusterSpec;
import io.vigil.schema.registry.FingerprintSchemaRegistry;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A whole Vigil instance for the sensor and uptime benchmarks, the way {@code vigil dev} runs it: an embedded broker
 * and S3 endpoint, the topology, the object reader and the API in this JVM, called through the CLI's own HTTP client.
 */
public final class BenchVigil implements AutoCloseable {

    private static final String ADMIN_KEY = "admin_bench.0123456789abcdefghijklmnopqrstuvwxyzABCDEFGH";
    private static final Set<String> FINAL = Set.of("processed", "partial", "failed");
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final Path dir;
    private final EmbeddedKafkaCluster kafka;
    private final EmbeddedS3 s3;
    private final VigilRuntime runtime;
    private final String applicationId;
    private final ApiHttp http;
    private final SensorFilesClient client;

    private BenchVigil(
            Path dir, EmbeddedKafkaCluster kafka, EmbeddedS3 s3, VigilRuntime runtime, String applicationId, URI api) {
        this.dir = dir;
        this.kafka = kafka;
        this.s3 = s3;
        this.runtime = runtime;
        this.applicationId = applicationId;
        this.http = new ApiHttp(api, ADMIN_KEY, REQUEST_TIMEOUT);
        this.client = new SensorFilesClient(http);
    }

    /**
     * Stream threads of the instance, {@code -Dvigil.bench.stream.threads} (default 1, the product's default; the
     * README advises as many as cores).
     */
    private static final int STREAM_THREADS = Integer.getInteger("vigil.bench.stream.threads", 1);

    /** Starts the broker, the S3 endpoint and Vigil in this JVM, with a fresh temporary data directory. */
    public static BenchVigil start() {
        try {
            Path dir = Files.createTempDirectory("vigil-bench-");
            EmbeddedKafkaCluster kafka = EmbeddedKafkaCluster.start(KafkaClusterSpec.singleNode(dir.resolve("kafka")));
            EmbeddedS3 s3 = EmbeddedS3.start(dir.resolve("s3"), 0, List.of("vigil-sensor"));
            int port = freePort();
            // the harnesses measure the pipeline, so the API's per-key and per-IP request limits are off
            VigilConfig config = new VigilConfig(Map.ofEntries(
                    Map.entry(VigilConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                    Map.entry(
                            VigilConfig.STATE_DIR_CONFIG, dir.resolve("streams").toString()),
                    Map.entry(VigilConfig.HTTP_HOST_CONFIG, "127.0.0.1"),
                    Map.entry(VigilConfig.HTTP_ADVERTISED_HOST_CONFIG, "127.0.0.1"),
                    Map.entry(VigilConfig.HTTP_PORT_CONFIG, port),
                    Map.entry(VigilConfig.ADMIN_API_KEY_CONFIG, ADMIN_KEY),
                    Map.entry(VigilConfig.S3_ENDPOINT_CONFIG, s3.endpoint().toString()),
                    Map.entry(VigilConfig.S3_ACCESS_KEY_ID_CONFIG, "bench"),
                    Map.entry(VigilConfig.S3_SECRET_ACCESS_KEY_CONFIG, "bench"),
                    Map.entry(VigilConfig.NUM_STREAM_THREADS_CONFIG, STREAM_THREADS),
                    Map.entry(VigilConfig.API_RATE_PER_KEY_CONFIG, 0),
                    Map.entry(VigilConfig.API_RATE_PER_IP_CONFIG, 0)));
            VigilRuntime runtime = VigilRuntime.start(config, new FingerprintSchemaRegistry());
            return new BenchVigil(
                    dir, kafka, s3, runtime, config.applicationId(), URI.create("http://127.0.0.1:" + port));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Vigil for a benchmark", e);
        }
    }

    /** The embedded broker's bootstrap servers, for producing straight to Vigil's topics. */
    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The topology's application id: the consumer group whose committed offsets say what it has processed. */
    public String applicationId() {
        return applicationId;
    }

    /** The API with the admin key, through the CLI's HTTP client. */
    public ApiHttp http() {
        return http;
    }

    /** Uploads a file with {@code POST /files} and returns its id once the API answered 202. */
    String upload(Path file) throws ApiCallException, FileNotFoundException {
        return client.upload(file, sent -> {});
    }

    /**
     * Polls {@code GET /files/{id}} until the file is final; a 404 just after the upload, or a 503 while the instance
     * is still taking its partitions, counts as not yet.
     *
     * @param poll time between polls: each poll builds the whole document, so a short one takes CPU from the pipeline
     */
    JsonNode awaitFinal(String fileId, Duration poll, Duration timeout) throws ApiCallException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                JsonNode file = client.file(fileId);
                if (FINAL.contains(file.path("status").asText())) {
                    return file;
                }
            } catch (ApiCallException e) {
                if (e.status() != 404 && e.status() != 503) {
                    throw e;
                }
            }
            Thread.sleep(poll.toMillis());
        }
        throw new IllegalStateException("file " + fileId + " not final within " + timeout);
    }

    @Override
    public void close() {
        runtime.close();
        s3.close();
        kafka.close();
        TempDirs.delete(dir);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
