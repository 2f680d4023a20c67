package io.vigil.connectors.s3;

import io.vigil.schema.s3.S3ObjectEvent;
import java.time.Instant;

/**
 * What the reader knows of an object before its body is read: the S3 event that announced it and the headers of the
 * GET or HEAD response.
 *
 * @param contentType the Content-Type S3 stored, or null
 * @param lastModified when S3 says the object was written, or null
 */
public record ObjectFacts(S3ObjectEvent event, long contentLength, String contentType, Instant lastModified) {}
