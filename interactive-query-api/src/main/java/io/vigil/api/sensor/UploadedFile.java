package io.vigil.api.sensor;

import io.vigil.schema.sensor.SensorFileIds;
import java.time.Instant;

/**
 * A file stored in S3 by {@code POST /files}.
 *
 * @param fileName    the name the client gave it, for display
 * @param bucket      the bucket
 * @param key         the object key
 * @param etag        the ETag S3 answered, without quotes
 * @param size        the size in bytes
 * @param eventName   the S3 event name this store would be notified with, e.g. {@code ObjectCreated:Put}
 * @param completedAt when S3 confirmed the object
 */
record UploadedFile(
        String fileName, String bucket, String key, String etag, long size, String eventName, Instant completedAt) {

    static final String PUT = "ObjectCreated:Put";
    static final String MULTIPART = "ObjectCreated:CompleteMultipartUpload";

    /** The file id, as the reader derives it from the S3 event. */
    String fileId() {
        return SensorFileIds.of(bucket, key, etag);
    }

    static String unquoted(String etag) {
        if (etag != null && etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\"")) {
            return etag.substring(1, etag.length() - 1);
        }
        return etag;
    }
}
