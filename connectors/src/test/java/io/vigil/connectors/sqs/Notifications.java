package io.vigil.connectors.sqs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.schema.s3.S3EventSource;
import io.vigil.schema.s3.S3ObjectEvent;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** S3 event notification bodies shaped like the ones AWS sends, and the events they should become. */
final class Notifications {

    static final String REGION = "eu-west-1";
    static final String EVENT_NAME = "ObjectCreated:Put";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Notifications() {}

    /** An object a notification announces; {@code key} is the decoded key. */
    record S3Object(String bucket, String key, long size, String etag, String sequencer, Instant time) {

        static S3Object of(String bucket, String key, long size, Instant time) {
            return new S3Object(bucket, key, size, "etag-" + size, "seq-" + size, time);
        }

        /** The event Vigil should write for this object when it arrives through SQS. */
        S3ObjectEvent expectedEvent() {
            return S3ObjectEvent.newBuilder()
                    .setBucket(bucket)
                    .setKey(key)
                    .setSize(size)
                    .setEtag(etag)
                    .setVersionId(null)
                    .setSequencer(sequencer)
                    .setEventName(EVENT_NAME)
                    .setEventTime(time)
                    .setSource(S3EventSource.SQS)
                    .setRegion(REGION)
                    .build();
        }
    }

    /** A direct S3 → SQS notification with one record per object. */
    static String direct(S3Object... objects) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode records = root.putArray("Records");
        for (S3Object object : objects) {
            ObjectNode record = records.addObject()
                    .put("eventVersion", "2.1")
                    .put("eventSource", "aws:s3")
                    .put("awsRegion", REGION)
                    .put("eventTime", object.time().toString())
                    .put("eventName", EVENT_NAME);
            ObjectNode s3 = record.putObject("s3");
            s3.putObject("bucket").put("name", object.bucket());
            s3.putObject("object")
                    .put("key", URLEncoder.encode(object.key(), StandardCharsets.UTF_8))
                    .put("size", object.size())
                    .put("eTag", object.etag())
                    .put("sequencer", object.sequencer());
        }
        return write(root);
    }

    /** The same notification as it reaches SQS through an SNS subscription (raw delivery off). */
    static String snsWrapped(S3Object... objects) {
        return write(JSON.createObjectNode()
                .put("Type", "Notification")
                .put("MessageId", "22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324")
                .put("TopicArn", "arn:aws:sns:eu-west-1:123456789012:vigil-s3-events")
                .put("Message", direct(objects)));
    }

    /** S3's test event, sent when a notification configuration is saved. */
    static String testEvent() {
        return write(JSON.createObjectNode()
                .put("Service", "Amazon S3")
                .put("Event", "s3:TestEvent")
                .put("Time", "2026-05-01T10:00:00.000Z")
                .put("Bucket", "vigil-landing")
                .put("RequestId", "5582815E1AEA5ADF"));
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
