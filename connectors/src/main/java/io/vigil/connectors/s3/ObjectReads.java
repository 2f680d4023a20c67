package io.vigil.connectors.s3;

import io.vigil.schema.quality.ObjectOutcome;
import io.vigil.schema.s3.S3ObjectEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.KafkaException;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Reads one object for every job that claimed it (a GET streamed to the job, or a HEAD when it needs no body) and
 * sorts the ways that can end. Throttling and 5xx answers are retried with backoff by the S3 client's retry strategy
 * before they get here as a failure.
 */
final class ObjectReads {

    private final S3Client s3;
    private final Producer<String, byte[]> producer;
    private final Duration resultTimeout;

    ObjectReads(S3Client s3, Producer<String, byte[]> producer, Duration resultTimeout) {
        this.s3 = s3;
        this.producer = producer;
        this.resultTimeout = resultTimeout;
    }

    ReadOutcome read(PendingObject object) {
        long started = System.nanoTime();
        try {
            ResultSink results = new ResultSink(producer);
            for (PendingObject.Claim claim : object.claims()) {
                readFor(claim.job(), object.event(), results);
            }
            results.awaitDurable(resultTimeout);
            return outcome(object, ReadOutcome.Kind.DONE, started, null);
        } catch (IOException | UncheckedIOException | SdkException e) {
            return outcome(object, ReadOutcome.Kind.S3_FAILED, started, e);
        } catch (TimeoutException | KafkaException e) {
            return outcome(object, ReadOutcome.Kind.RESULTS_FAILED, started, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return outcome(object, ReadOutcome.Kind.RESULTS_FAILED, started, e);
        } catch (RuntimeException e) {
            return outcome(object, ReadOutcome.Kind.POISON, started, e);
        }
    }

    private void readFor(ObjectJob job, S3ObjectEvent event, ResultSink results) throws IOException {
        try {
            if (job.needsBody()) {
                try (ResponseInputStream<GetObjectResponse> body = s3.getObject(get(event))) {
                    GetObjectResponse response = body.response();
                    job.read(
                            facts(event, response.contentLength(), response.contentType(), response.lastModified()),
                            body,
                            results);
                }
            } else {
                HeadObjectResponse response = s3.headObject(head(event));
                job.read(
                        facts(event, response.contentLength(), response.contentType(), response.lastModified()),
                        null,
                        results);
            }
        } catch (NoSuchKeyException e) {
            job.missing(event, ObjectOutcome.NO_SUCH_KEY, results);
        } catch (NoSuchBucketException e) {
            job.missing(event, ObjectOutcome.NO_SUCH_BUCKET, results);
        }
    }

    private static ObjectFacts facts(S3ObjectEvent event, Long length, String contentType, Instant lastModified) {
        return new ObjectFacts(event, length == null ? 0 : length, contentType, lastModified);
    }

    private static GetObjectRequest get(S3ObjectEvent event) {
        return GetObjectRequest.builder()
                .bucket(event.getBucket())
                .key(event.getKey())
                .versionId(event.getVersionId())
                .build();
    }

    private static HeadObjectRequest head(S3ObjectEvent event) {
        return HeadObjectRequest.builder()
                .bucket(event.getBucket())
                .key(event.getKey())
                .versionId(event.getVersionId())
                .build();
    }

    private static ReadOutcome outcome(PendingObject object, ReadOutcome.Kind kind, long started, Exception error) {
        return new ReadOutcome(object, kind, Duration.ofNanos(System.nanoTime() - started), error);
    }
}
