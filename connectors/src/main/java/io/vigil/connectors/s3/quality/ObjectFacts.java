package io.vigil.connectors.s3.quality;

import io.vigil.schema.s3.S3ObjectEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * Facts about the object known before its body is read (from the S3 event and the GET/HEAD response).
 *
 * @param event the event that announced the object
 * @param contentLength the object's size in bytes as S3 reports it
 * @param contentType the Content-Type S3 reports, or null when it has none
 * @param lastModified the object's Last-Modified, or null when unknown
 */
public record ObjectFacts(S3ObjectEvent event, long contentLength, String contentType, Instant lastModified) {

    public ObjectFacts {
        Objects.requireNonNull(event, "event");
        if (contentLength < 0) {
            throw new IllegalArgumentException("contentLength must not be negative: " + contentLength);
        }
    }
}
