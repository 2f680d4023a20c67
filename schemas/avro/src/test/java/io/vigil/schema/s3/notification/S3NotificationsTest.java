package io.vigil.schema.s3.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.schema.s3.S3EventSource;
import io.vigil.schema.s3.S3ObjectEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class S3NotificationsTest {

    private static final String PUT =
            """
            {"Records":[{"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"eu-west-1",
              "eventTime":"2026-11-23T09:15:30.123Z","eventName":"ObjectCreated:Put",
              "s3":{"s3SchemaVersion":"1.0","bucket":{"name":"landing","arn":"arn:aws:s3:::landing"},
                "object":{"key":"acme/orders/a+b%2Fc.csv","size":1024,"eTag":"d41d8cd9","versionId":"v1",
                          "sequencer":"0055AED6DCD90281E5"}}}]}""";

    private static ParsedNotification parse(String body) throws S3NotificationException {
        return S3Notifications.parse(body.getBytes(StandardCharsets.UTF_8), S3EventSource.API);
    }

    @Test
    void shouldReadAnObjectCreatedRecordAndDecodeItsKey() throws Exception {
        ParsedNotification parsed = parse(PUT);

        assertThat(parsed.testEvent()).isFalse();
        S3ObjectEvent event = parsed.events().get(0);
        assertThat(event.getBucket()).isEqualTo("landing");
        assertThat(event.getKey()).isEqualTo("acme/orders/a b/c.csv");
        assertThat(event.getSize()).isEqualTo(1024);
        assertThat(event.getEtag()).isEqualTo("d41d8cd9");
        assertThat(event.getSequencer()).isEqualTo("0055AED6DCD90281E5");
        assertThat(event.getEventTime()).isEqualTo(Instant.parse("2026-11-23T09:15:30.123Z"));
        assertThat(event.getRegion()).isEqualTo("eu-west-1");
        assertThat(event.getSource()).isEqualTo(S3EventSource.API);
    }

    @Test
    void shouldReadEveryRecordOfAMessage() throws Exception {
        String two = PUT.replace("}}}]}", "}}},")
                + PUT.substring(PUT.indexOf("[") + 1).replace("ObjectCreated:Put", "ObjectRemoved:Delete");

        assertThat(parse(two).events())
                .extracting(S3ObjectEvent::getEventName)
                .containsExactly("ObjectCreated:Put", "ObjectRemoved:Delete");
    }

    @Test
    void shouldUnwrapAnSnsEnvelope() throws Exception {
        String envelope = "{\"Type\":\"Notification\",\"MessageId\":\"m-1\",\"Message\":"
                + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(PUT) + "}";

        assertThat(parse(envelope).events()).singleElement().satisfies(e -> assertThat(e.getBucket())
                .isEqualTo("landing"));
    }

    @Test
    void shouldRecogniseTheTestEventDirectAndWrapped() throws Exception {
        String test = "{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\",\"Bucket\":\"landing\"}";
        String wrapped = "{\"Type\":\"Notification\",\"Message\":"
                + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(test) + "}";

        assertThat(parse(test).testEvent()).isTrue();
        assertThat(parse(wrapped).testEvent()).isTrue();
        assertThat(parse(wrapped).events()).isEmpty();
    }

    @Test
    void shouldNameWhatIsWrongWithABadNotification() {
        assertThatThrownBy(() -> parse("not json")).hasMessage("the body is not valid JSON");
        assertThatThrownBy(() -> parse("[1]")).hasMessage("the body is not a JSON object");
        assertThatThrownBy(() -> parse("{\"Records\":[]}")).hasMessageContaining("Records is missing");
        assertThatThrownBy(() -> parse("{\"Records\":[7]}")).hasMessage("Records[0] is not an object");
        assertThatThrownBy(() -> parse(PUT.replace("\"key\":\"acme/orders/a+b%2Fc.csv\",", "")))
                .hasMessage("Records[0].s3.object.key is missing or not a string");
        assertThatThrownBy(() -> parse(PUT.replace("2026-11-23T09:15:30.123Z", "yesterday")))
                .hasMessage("Records[0].eventTime is not an ISO-8601 instant: \"yesterday\"");
        assertThatThrownBy(() -> parse("{\"Type\":\"Notification\",\"Message\":\"{}\"}"))
                .hasMessageContaining("not an S3 event notification");
        assertThatThrownBy(() -> S3Notifications.parse(new byte[S3Notifications.MAX_BYTES + 1], S3EventSource.API))
                .hasMessageContaining("larger than");
    }

    @Property
    void shouldRejectAnyBytesWithOnlyItsOwnException(@ForAll byte[] body) {
        try {
            S3Notifications.parse(body, S3EventSource.SQS);
        } catch (S3NotificationException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }
}
