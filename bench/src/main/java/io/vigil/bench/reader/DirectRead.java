package io.vigil.bench.reader;

import io.vigil.connectors.s3.ObjectFacts;
import io.vigil.connectors.s3.quality.QualityInspector;
import io.vigil.schema.quality.DataQualityResult;
import io.vigil.schema.quality.QualityRule;
import io.vigil.schema.s3.S3EventSource;
import io.vigil.schema.s3.S3ObjectEvent;
import java.io.IOException;
import java.time.Instant;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * What the object reader does for one object with a data-quality rule, without Kafka: a GET whose body streams into
 * the {@link QualityInspector}, with the facts taken from the response headers as {@code ObjectReads} takes them.
 */
final class DirectRead {

    private final S3Client s3;
    private final QualityInspector inspector;
    private final QualityRule rule;

    DirectRead(S3Client s3, QualityInspector inspector, QualityRule rule) {
        this.s3 = s3;
        this.inspector = inspector;
        this.rule = rule;
    }

    DataQualityResult check(String key) throws IOException {
        S3ObjectEvent event = event(rule.getBucket(), key);
        GetObjectRequest get =
                GetObjectRequest.builder().bucket(rule.getBucket()).key(key).build();
        try (ResponseInputStream<GetObjectResponse> body = s3.getObject(get)) {
            GetObjectResponse response = body.response();
            ObjectFacts facts = new ObjectFacts(
                    event,
                    response.contentLength() == null ? 0 : response.contentLength(),
                    response.contentType(),
                    response.lastModified());
            return inspector.inspect(rule, facts, body);
        }
    }

    static S3ObjectEvent event(String bucket, String key) {
        return S3ObjectEvent.newBuilder()
                .setBucket(bucket)
                .setKey(key)
                .setEventName("ObjectCreated:Put")
                .setEventTime(Instant.now())
                .setSource(S3EventSource.API)
                .build();
    }
}
