package io.vigil.schema.s3.notification;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.vigil.schema.s3.S3EventSource;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.serde.GeneratedRecords;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Turns the JSON AWS sends about S3 objects into {@link S3ObjectEvent}s: an S3 event notification
 * ({@code {"Records": [...]}}), the same wrapped in an SNS envelope ({@code "Type": "Notification"} with the S3 JSON as
 * the {@code Message} string), or S3's test event, direct or wrapped. Object keys arrive URL-encoded with {@code +} for
 * a space, as S3 writes them, and are decoded. SNS signatures are not checked here: that is the SNS endpoint's job.
 * Thread-safe.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html">Event
 *     message structure</a>
 */
public final class S3Notifications {

    /** SQS and SNS messages are at most 256 KiB. */
    public static final int MAX_BYTES = 256 * 1024;

    private static final int MAX_NESTING_DEPTH = 32;
    private static final String TEST_EVENT = "s3:TestEvent";
    private static final String SNS_NOTIFICATION = "Notification";

    // An ObjectReader is immutable: one shared instance is safe across threads.
    private static final ObjectReader JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .maxStringLength(MAX_BYTES)
                            .build())
                    // two "Records" (or two "Type") would let two readers of one message see different things
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build()
            .reader();

    static {
        // Building an S3ObjectEvent may load generated classes through Avro's class security check.
        GeneratedRecords.trust();
    }

    private S3Notifications() {}

    /**
     * Parses one message body.
     *
     * @param body an S3 event notification, an SNS envelope around one, or the {@code s3:TestEvent}; at most
     *     {@link #MAX_BYTES}
     * @param source written into every event: where the notification came from
     * @return the events of every record, or the test-event marker
     * @throws S3NotificationException if the body is not one of the above; the message names the JSON path at fault
     */
    public static ParsedNotification parse(byte[] body, S3EventSource source) throws S3NotificationException {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(source, "source");
        if (body.length > MAX_BYTES) {
            throw new S3NotificationException("the body is larger than " + MAX_BYTES + " bytes");
        }
        JsonNode root = readObject(new String(body, StandardCharsets.UTF_8), "the body");
        String prefix = "";
        if (root.has("Type")) {
            root = unwrapSns(root);
            prefix = "Message.";
        }
        if (TEST_EVENT.equals(root.path("Event").textValue())) {
            return new ParsedNotification(List.of(), true);
        }
        return new ParsedNotification(S3EventRecords.read(root, prefix, source), false);
    }

    private static JsonNode unwrapSns(JsonNode envelope) throws S3NotificationException {
        JsonNode type = envelope.get("Type");
        if (!SNS_NOTIFICATION.equals(type.textValue())) {
            String shown = type.isTextual() ? S3NotificationException.quote(type.textValue()) : "not a string";
            throw new S3NotificationException("Type is " + shown + ": only an SNS Notification carries an S3 event");
        }
        JsonNode message = envelope.path("Message");
        if (message.isMissingNode() || message.isNull()) {
            throw new S3NotificationException("Message is missing");
        }
        if (!message.isTextual()) {
            throw new S3NotificationException("Message is not a string");
        }
        return readObject(message.textValue(), "Message");
    }

    private static JsonNode readObject(String text, String what) throws S3NotificationException {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (StreamConstraintsException e) {
            throw new S3NotificationException(what + " exceeds the JSON limits (nesting depth " + MAX_NESTING_DEPTH
                    + ", string length " + MAX_BYTES + ")");
        } catch (JsonProcessingException e) {
            throw new S3NotificationException(what + " is not valid JSON" + where(e.getLocation()));
        }
        if (node == null || !node.isObject()) {
            throw new S3NotificationException(what + " is not a JSON object");
        }
        return node;
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1
                ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
