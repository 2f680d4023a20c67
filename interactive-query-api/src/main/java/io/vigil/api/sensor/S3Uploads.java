package io.vigil.api.sensor;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;

/** Starts the S3 uploads of one sensor bucket, and takes back those of a request that failed. */
final class S3Uploads {

    private static final Logger LOG = LoggerFactory.getLogger(S3Uploads.class);

    private final S3Client s3;
    private final Clock clock;
    private final SensorUploadSettings settings;
    private final UploadKeys keys;

    S3Uploads(S3Client s3, Clock clock, SensorUploadSettings settings) {
        this.s3 = s3;
        this.clock = clock;
        this.settings = settings;
        this.keys = new UploadKeys(settings.prefix());
    }

    /** A new upload for a file the client called {@code fileName} (may be null). */
    S3FileUpload start(String fileName) {
        return new S3FileUpload(
                s3,
                clock,
                settings.bucket(),
                keys.newKey(fileName),
                UploadKeys.displayName(fileName),
                settings.partBytes());
    }

    /**
     * Best effort: aborts {@code pending} (may be null) and deletes the {@code stored} files. What cannot be removed
     * is logged; no record names it.
     */
    void discard(S3FileUpload pending, List<UploadedFile> stored) {
        if (pending != null) {
            try {
                pending.abort();
            } catch (SdkException e) {
                LOG.warn("Could not abort the upload of {} in bucket {}", pending.key(), settings.bucket(), e);
            }
        }
        for (UploadedFile file : stored) {
            try {
                s3.deleteObject(delete -> delete.bucket(file.bucket()).key(file.key()));
            } catch (SdkException e) {
                LOG.warn("Could not delete {} from bucket {}", file.key(), file.bucket(), e);
            }
        }
    }

    String bucket() {
        return settings.bucket();
    }

    long maxUploadBytes() {
        return settings.maxUploadBytes();
    }
}
