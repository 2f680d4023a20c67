package io.vigil.schema.s3.notification;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.schema.s3.S3EventSource;
import io.vigil.schema.s3.S3ObjectEvent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads the {@code Records} array of an S3 event notification, one {@link S3ObjectEvent} per record. */
final class S3EventRecords {

    // S3's own limits: bucket names are at most 255 characters (legacy us-east-1), keys at most 1024 UTF-8 bytes.
    private static final int MAX_BUCKET_CHARS = 255;
    private static final int MAX_KEY_BYTES = 1024;

    private S3EventRecords() {}

    /** @param prefix put before every JSON path in a message: where {@code root} sits in the body */
    static List<S3ObjectEvent> read(JsonNode root, String prefix, S3EventSource source) throws S3NotificationException {
        JsonNode records = root.path("Records");
        String path = prefix + "Records";
        if (records.isMissingNode() || records.isNull()) {
            throw new S3NotificationException(path + " is missing: not an S3 event notification");
        }
        if (!records.isArray()) {
            throw new S3NotificationException(path + " is not an array");
        }
        if (records.isEmpty()) {
            throw new S3NotificationException(path + " is empty");
        }
        List<S3ObjectEvent> events = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            events.add(event(records.get(i), path + "[" + i + "]", source));
        }
        return events;
    }

    private static S3ObjectEvent event(JsonNode record, String path, S3EventSource source)
            throws S3NotificationException {
        if (!record.isObject()) {
            throw new S3NotificationException(path + " is not an object");
        }
        JsonNode object = record.path("s3").path("object");
        String objectPath = path + ".s3.object";
        return S3ObjectEvent.newBuilder()
                .setBucket(bucket(record.path("s3").path("bucket").path("name"), path + ".s3.bucket.name"))
                .setKey(key(required(object.path("key"), objectPath + ".key"), objectPath + ".key"))
                .setSize(size(object.path("size"), objectPath + ".size"))
                .setEtag(optional(object.path("eTag"), objectPath + ".eTag"))
                .setVersionId(optional(object.path("versionId"), objectPath + ".versionId"))
                .setSequencer(optional(object.path("sequencer"), objectPath + ".sequencer"))
                .setEventName(required(record.path("eventName"), path + ".eventName"))
                .setEventTime(instant(required(record.path("eventTime"), path + ".eventTime"), path + ".eventTime"))
                .setSource(source)
                .setRegion(optional(record.path("awsRegion"), path + ".awsRegion"))
                .build();
    }

    private static String required(JsonNode value, String path) throws S3NotificationException {
        String text = optional(value, path);
        if (text == null || text.isEmpty()) {
            throw new S3NotificationException(path + " is missing");
        }
        return text;
    }

    private static String optional(JsonNode value, String path) throws S3NotificationException {
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new S3NotificationException(path + " is not a string");
        }
        return value.textValue();
    }

    private static String bucket(JsonNode value, String path) throws S3NotificationException {
        String bucket = required(value, path);
        if (bucket.length() > MAX_BUCKET_CHARS) {
            throw new S3NotificationException(path + " is longer than " + MAX_BUCKET_CHARS + " characters");
        }
        return bucket;
    }

    private static String key(String encoded, String path) throws S3NotificationException {
        String key;
        try {
            key = URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new S3NotificationException(path + " is not URL-encoded: " + S3NotificationException.quote(encoded));
        }
        if (key.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_BYTES) {
            throw new S3NotificationException(path + " is longer than " + MAX_KEY_BYTES + " bytes once decoded");
        }
        return key;
    }

    private static long size(JsonNode value, String path) throws S3NotificationException {
        if (value.isMissingNode() || value.isNull()) {
            return 0; // removals carry no size
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
            throw new S3NotificationException(path + " is not a non-negative integer");
        }
        return value.longValue();
    }

    private static Instant instant(String text, String path) throws S3NotificationException {
        try {
            Instant instant = Instant.parse(text);
            instant.toEpochMilli(); // the Avro field is timestamp-millis: fail here, not when the event is written
            return instant;
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new S3NotificationException(
                    path + " is not an ISO-8601 instant: " + S3NotificationException.quote(text));
        }
    }
}
