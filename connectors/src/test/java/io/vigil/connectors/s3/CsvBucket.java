package io.vigil.connectors.s3;

import io.vigil.embedded.EmbeddedS3;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** An embedded S3 endpoint with one bucket, and a client that puts CSV objects into it: the readers' ITs' S3. */
public final class CsvBucket implements AutoCloseable {

    private final EmbeddedS3 s3;
    private final S3Client client;
    private final String bucket;

    private CsvBucket(EmbeddedS3 s3, S3Client client, String bucket) {
        this.s3 = s3;
        this.client = client;
        this.bucket = bucket;
    }

    /** @param dir where the endpoint keeps its objects */
    public static CsvBucket start(Path dir, String bucket) {
        EmbeddedS3 s3 = EmbeddedS3.start(dir, 0, List.of(bucket));
        S3Client client = new S3ClientSettings(
                        Optional.of(s3.endpoint()), s3.region(), Optional.of("t"), Optional.of("t"), 3)
                .client();
        return new CsvBucket(s3, client, bucket);
    }

    public URI endpoint() {
        return s3.endpoint();
    }

    /** Puts {@code content} at {@code key} as {@code text/csv}; returns the object's ETag. */
    public String put(String key, String content) {
        return client.putObject(b -> b.bucket(bucket).key(key).contentType("text/csv"), RequestBody.fromString(content))
                .eTag();
    }

    @Override
    public void close() {
        client.close();
        s3.close();
    }
}
