package io.vigil.bench.reader;

import io.vigil.bench.harness.TempDirs;
import io.vigil.connectors.s3.S3ClientSettings;
import io.vigil.embedded.EmbeddedS3;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * The embedded S3 endpoint a reader benchmark reads from, with one bucket, a client built the way the reader builds
 * its own, and a temporary data directory that goes with it on close.
 */
final class BenchS3 implements AutoCloseable {

    static final String CSV = "text/csv";

    private final Path dir;
    private final EmbeddedS3 s3;
    private final S3Client client;
    private final String bucket;

    private BenchS3(Path dir, EmbeddedS3 s3, String bucket) {
        this.dir = dir;
        this.s3 = s3;
        this.bucket = bucket;
        this.client = settings().client();
    }

    static BenchS3 start(String bucket) throws IOException {
        Path dir = Files.createTempDirectory("vigil-bench-s3-");
        return new BenchS3(dir, EmbeddedS3.start(dir, 0, List.of(bucket)), bucket);
    }

    /** How a reader reaches this endpoint (static test credentials, the default attempts). */
    S3ClientSettings settings() {
        return new S3ClientSettings(
                Optional.of(endpoint()),
                s3.region(),
                Optional.of("bench"),
                Optional.of("bench"),
                S3ClientSettings.DEFAULT_MAX_ATTEMPTS);
    }

    URI endpoint() {
        return s3.endpoint();
    }

    S3Client client() {
        return client;
    }

    String bucket() {
        return bucket;
    }

    /** Uploads a file, streamed from disk. */
    void put(String key, Path file) {
        client.putObject(request(key), RequestBody.fromFile(file));
    }

    void put(String key, byte[] content) {
        client.putObject(request(key), RequestBody.fromBytes(content));
    }

    private PutObjectRequest request(String key) {
        return PutObjectRequest.builder()
                .bucket(bucket)
                .key(key)
                .contentType(CSV)
                .build();
    }

    @Override
    public void close() {
        try {
            client.close();
            s3.close();
        } finally {
            TempDirs.delete(dir);
        }
    }
}
