package io.vigil.schema.s3.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.schema.s3.S3EventSource;
import io.vigil.schema.s3.S3ObjectEvent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class S3NotificationsTest {

    private static ParsedNotification parse(String fixture) throws S3NotificationException {
        return S3Notifications.parse(Fixtures.bytes(fixture), S3EventSource.SQS);
    }

    @Test
    void shouldReadEveryFieldOfAPutRecord() throws Exception {
        ParsedNotification parsed = parse("put.json");

        assertThat(parsed.testEvent()).isFalse();
        assertThat(parsed.events()).singleElement().satisfies(event -> {
            assertThat(event.getBucket()).isEqualTo("acme-landing");
            assertThat(event.getKey()).isEqualTo("orders/2026-11-23/a b/c.csv");
            assertThat(event.getSize()).isEqualTo(1024);
            assertThat(event.getEtag()).isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
            assertThat(event.getVersionId()).isEqualTo("096fKKXTRTtl3on89fVO.nfljtsv6qko");
            assertThat(event.getSequencer()).isEqualTo("0055AED6DCD90281E5");
            assertThat(event.getEventName()).isEqualTo("ObjectCreated:Put");
            assertThat(event.getEventTime()).isEqualTo(Instant.parse("2026-11-23T09:15:30.123Z"));
            assertThat(event.getRegion()).isEqualTo("eu-west-1");
            assertThat(event.getSource()).isEqualTo(S3EventSource.SQS);
        });
    }

    @Test
    void shouldReadACompleteMultipartUploadLargerThanAnInt() throws Exception {
        S3ObjectEvent event = parse("complete-multipart-upload.json").events().get(0);

        assertThat(event.getEventName()).isEqualTo("ObjectCreated:CompleteMultipartUpload");
        assertThat(event.getKey()).isEqualTo("exports/daily/sales_2026-11-23.parquet");
        assertThat(event.getSize()).isEqualTo(5_368_709_120L);
        assertThat(event.getEtag()).isEqualTo("2c6a8a6bd0f0c5e0b2c3c6e84f3c1b5d-641");
        assertThat(event.getVersionId()).isNull();
        assertThat(event.getRegion()).isEqualTo("us-east-1");
    }

    @Test
    void shouldReadARemovalWithoutSizeOrETagAsSizeZero() throws Exception {
        S3ObjectEvent event = parse("delete.json").events().get(0);

        assertThat(event.getEventName()).isEqualTo("ObjectRemoved:DeleteMarkerCreated");
        assertThat(event.getSize()).isZero();
        assertThat(event.getEtag()).isNull();
        assertThat(event.getVersionId()).isEqualTo("Wqf0Jq0u6iYxQ7v3Zb9Yc2Xd8We5Vf1U");
        assertThat(event.getSequencer()).isEqualTo("00673C8A2F11D0B4C2");
    }

    @Test
    void shouldReadEveryRecordOfAMessageInOrder() throws Exception {
        ParsedNotification parsed = parse("multi-record.json");

        assertThat(parsed.events())
                .extracting(S3ObjectEvent::getEventName, S3ObjectEvent::getKey, S3ObjectEvent::getSize)
                .containsExactly(
                        tuple("ObjectCreated:Put", "orders/first.csv", 10L),
                        tuple("ObjectCreated:Copy", "orders/second.csv", 20L),
                        tuple("ObjectRemoved:Delete", "orders/first.csv", 0L));
    }

    @ParameterizedTest
    @EnumSource(S3EventSource.class)
    void shouldWriteTheSourceIntoEveryEvent(S3EventSource source) throws Exception {
        ParsedNotification parsed = S3Notifications.parse(Fixtures.bytes("multi-record.json"), source);

        assertThat(parsed.events()).hasSize(3).allSatisfy(event -> assertThat(event.getSource())
                .isEqualTo(source));
    }

    @Test
    void shouldReadTheSameEventsFromAnSnsEnvelopeAsFromTheBareNotification() throws Exception {
        ParsedNotification wrapped = parse("sns-put.json");

        assertThat(wrapped.testEvent()).isFalse();
        assertThat(wrapped.events()).isEqualTo(parse("put.json").events());
    }

    @ParameterizedTest
    @ValueSource(strings = {"test-event.json", "sns-test-event.json"})
    void shouldRecogniseTheTestEventDirectAndWrapped(String fixture) throws Exception {
        assertThat(parse(fixture)).isEqualTo(new ParsedNotification(List.of(), true));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a+b%2Fc.csv|a b/c.csv",
                "caf%C3%A9+menu.csv|café menu.csv",
                "100%25+done.csv|100% done.csv",
                "plain/key-2026_11.csv|plain/key-2026_11.csv",
                "%E6%97%A5%E6%9C%AC.txt|日本.txt"
            })
    void shouldDecodeKeysAsS3EncodesThem(String encoded, String decoded) throws Exception {
        ObjectNode body = Fixtures.tree("put.json");
        body.withObject("/Records/0/s3/object").put("key", encoded);

        ParsedNotification parsed = S3Notifications.parse(Fixtures.json(body), S3EventSource.API);

        assertThat(parsed.events().get(0).getKey()).isEqualTo(decoded);
    }

    @Test
    void shouldAcceptABodyOfExactlyMaxBytes() throws Exception {
        byte[] body = Arrays.copyOf(Fixtures.bytes("put.json"), S3Notifications.MAX_BYTES);
        Arrays.fill(body, Fixtures.bytes("put.json").length, body.length, (byte) ' ');

        assertThat(S3Notifications.parse(body, S3EventSource.SQS).events()).hasSize(1);
    }
}
