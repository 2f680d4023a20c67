package io.vigil.schema.s3.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.vigil.schema.s3.S3EventSource;
import io.vigil.schema.s3.S3ObjectEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class S3EventRecordsTest {

    /** Two Put records; tests break the second, so that every message must carry the right index. */
    private final ObjectNode notification = twoRecords();

    private static ObjectNode twoRecords() {
        ObjectNode body = Fixtures.tree("put.json");
        body.withArray("Records").add(body.withArray("Records").get(0).deepCopy());
        return body;
    }

    /** @param path dotted path inside the second record */
    private void set(String path, JsonNode value) {
        parentOf(path).set(lastSegment(path), value);
    }

    private void remove(String path) {
        parentOf(path).remove(lastSegment(path));
    }

    private ObjectNode parentOf(String path) {
        ObjectNode parent = (ObjectNode) notification.withArray("Records").get(1);
        String[] segments = path.split("\\.");
        for (int i = 0; i < segments.length - 1; i++) {
            parent = parent.withObject(segments[i]);
        }
        return parent;
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private void assertRejected(String message) {
        assertThatThrownBy(() -> S3EventRecords.read(notification, "", S3EventSource.SQS))
                .isInstanceOf(S3NotificationException.class)
                .hasMessage(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"s3.bucket.name", "s3.object.key", "eventName", "eventTime"})
    void shouldNameARequiredFieldThatIsMissing(String path) {
        remove(path);

        assertRejected("Records[1]." + path + " is missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"s3.bucket.name", "s3.object.key", "eventName", "eventTime"})
    void shouldTreatAnEmptyOrNullRequiredFieldAsMissing(String path) {
        set(path, TextNode.valueOf(""));
        assertRejected("Records[1]." + path + " is missing");

        set(path, NullNode.getInstance());
        assertRejected("Records[1]." + path + " is missing");
    }

    @Test
    void shouldNameAMissingBucketWhenTheWholeS3PartIsMissing() {
        remove("s3");

        assertRejected("Records[1].s3.bucket.name is missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"s3.bucket.name", "s3.object.eTag", "s3.object.versionId", "eventName", "awsRegion"})
    void shouldRejectAFieldThatIsNotAString(String path) {
        set(path, IntNode.valueOf(7));

        assertRejected("Records[1]." + path + " is not a string");
    }

    @Test
    void shouldLeaveAbsentOptionalFieldsNull() throws Exception {
        remove("s3.object.eTag");
        remove("s3.object.versionId");
        remove("s3.object.sequencer");
        remove("awsRegion");

        S3ObjectEvent event =
                S3EventRecords.read(notification, "", S3EventSource.SQS).get(1);

        assertThat(event.getEtag()).isNull();
        assertThat(event.getVersionId()).isNull();
        assertThat(event.getSequencer()).isNull();
        assertThat(event.getRegion()).isNull();
        assertThat(event.getKey()).isEqualTo("orders/2026-11-23/a b/c.csv");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1024\"", "-1", "1.5", "true", "18446744073709551616"})
    void shouldRejectASizeThatIsNotANonNegativeInteger(String size) throws Exception {
        set("s3.object.size", new ObjectMapper().readTree(size));

        assertRejected("Records[1].s3.object.size is not a non-negative integer");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "yesterday",
                "2026-11-23 09:15:30",
                "2026-11-23",
                "2026-13-01T00:00:00Z",
                // a valid instant, but beyond what Avro's timestamp-millis can hold
                "+300000000-01-01T00:00:00Z"
            })
    void shouldRejectAnEventTimeThatIsNotAnIsoInstant(String eventTime) {
        set("eventTime", TextNode.valueOf(eventTime));

        assertRejected("Records[1].eventTime is not an ISO-8601 instant: \"" + eventTime + "\"");
    }

    @Test
    void shouldQuoteAtMostAHundredCharactersOfABadValue() {
        set("eventTime", TextNode.valueOf("x".repeat(99) + "yz" + "!".repeat(5000)));

        assertRejected("Records[1].eventTime is not an ISO-8601 instant: \"" + "x".repeat(99) + "y\"…");
    }

    @Test
    void shouldRejectAKeyThatIsNotUrlEncoded() {
        set("s3.object.key", TextNode.valueOf("orders/100%.csv"));

        assertRejected("Records[1].s3.object.key is not URL-encoded: \"orders/100%.csv\"");
    }

    @Test
    void shouldRejectKeysAndBucketsLongerThanS3Allows() throws Exception {
        set("s3.object.key", TextNode.valueOf("%C3%A9".repeat(512)));
        assertThat(S3EventRecords.read(notification, "", S3EventSource.SQS)
                        .get(1)
                        .getKey())
                .hasSize(512);

        set("s3.object.key", TextNode.valueOf("%C3%A9".repeat(512) + "a"));
        assertRejected("Records[1].s3.object.key is longer than 1024 bytes once decoded");

        set("s3.object.key", TextNode.valueOf("ok.csv"));
        set("s3.bucket.name", TextNode.valueOf("b".repeat(256)));
        assertRejected("Records[1].s3.bucket.name is longer than 255 characters");
    }

    @Test
    void shouldPutThePrefixBeforeEveryPath() {
        remove("eventName");

        assertThatThrownBy(() -> S3EventRecords.read(notification, "Message.", S3EventSource.SNS))
                .hasMessage("Message.Records[1].eventName is missing");
        assertThatThrownBy(
                        () -> S3EventRecords.read(JsonNodeFactory.instance.objectNode(), "Message.", S3EventSource.SNS))
                .hasMessage("Message.Records is missing: not an S3 event notification");
    }
}
