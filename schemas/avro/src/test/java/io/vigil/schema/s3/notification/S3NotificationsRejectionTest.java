package io.vigil.schema.s3.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.schema.s3.S3EventSource;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What {@link S3Notifications#parse} refuses, and that it refuses with nothing but its own exception. */
class S3NotificationsRejectionTest {

    // bytes that turn a valid notification into an invalid one in interesting ways, plus one UTF-8 lead byte
    private static final List<Byte> JSON_NOISE =
            List.of((byte) '{', (byte) '}', (byte) '[', (byte) '"', (byte) ',', (byte) '%', (byte) '5', (byte) 0xC3);

    static Stream<Arguments> badBodies() {
        String deep = "[".repeat(40) + "]".repeat(40);
        return Stream.of(
                Arguments.of("", "the body is not a JSON object"),
                Arguments.of("not json", "the body is not valid JSON (line 1, column 1)"),
                Arguments.of("[{\"Records\":[]}]", "the body is not a JSON object"),
                Arguments.of("{\"Records\":[]} {}", "the body is not valid JSON (line 1, column 16)"),
                Arguments.of("{\"Records\":[],\"Records\":[{}]}", "the body is not valid JSON (line 1, column 24)"),
                Arguments.of(
                        "{\"a\":" + deep + "}",
                        "the body exceeds the JSON limits (nesting depth 32, string length 262144)"),
                Arguments.of("{\"Service\":\"Amazon S3\"}", "Records is missing: not an S3 event notification"),
                Arguments.of("{\"Records\":{}}", "Records is not an array"),
                Arguments.of("{\"Records\":[]}", "Records is empty"),
                Arguments.of("{\"Records\":[7]}", "Records[0] is not an object"),
                Arguments.of(
                        "{\"Type\":\"SubscriptionConfirmation\",\"Message\":\"{}\"}",
                        "Type is \"SubscriptionConfirmation\": only an SNS Notification carries an S3 event"),
                Arguments.of("{\"Type\":\"Notification\"}", "Message is missing"),
                Arguments.of("{\"Type\":\"Notification\",\"Message\":{\"Records\":[]}}", "Message is not a string"),
                Arguments.of(
                        Fixtures.utf8(Fixtures.snsEnvelope("Hello from SNS")),
                        "Message is not valid JSON (line 1, column 1)"),
                Arguments.of(
                        Fixtures.utf8(Fixtures.snsEnvelope("{\"Event\":\"s3:ObjectCreated:*\"}")),
                        "Message.Records is missing: not an S3 event notification"));
    }

    @ParameterizedTest
    @MethodSource("badBodies")
    void shouldSayWhyABodyIsNotANotification(String body, String message) {
        assertThatThrownBy(() -> S3Notifications.parse(body.getBytes(StandardCharsets.UTF_8), S3EventSource.SQS))
                .isInstanceOf(S3NotificationException.class)
                .hasMessage(message);
    }

    @Test
    void shouldNameThePathInsideAnSnsMessage() {
        ObjectNode notification = Fixtures.tree("put.json");
        notification.withObject("/Records/0/s3/object").remove("key");
        byte[] body = Fixtures.snsEnvelope(Fixtures.utf8(Fixtures.json(notification)));

        assertThatThrownBy(() -> S3Notifications.parse(body, S3EventSource.SNS))
                .hasMessage("Message.Records[0].s3.object.key is missing");
    }

    @Test
    void shouldRejectABodyLargerThanMaxBytesBeforeReadingIt() {
        byte[] body = Arrays.copyOf(Fixtures.bytes("put.json"), S3Notifications.MAX_BYTES + 1);
        Arrays.fill(body, Fixtures.bytes("put.json").length, body.length, (byte) ' ');

        assertThatThrownBy(() -> S3Notifications.parse(body, S3EventSource.SQS))
                .hasMessage("the body is larger than 262144 bytes");
    }

    @Property
    void shouldRejectRandomBytesOnlyWithItsOwnException(@ForAll byte[] body) {
        assertParsesOrRejectsSafely(body);
    }

    @Property
    void shouldRejectACorruptedNotificationOnlyWithItsOwnException(@ForAll("corruptedNotifications") byte[] body) {
        assertParsesOrRejectsSafely(body);
    }

    @Provide
    Arbitrary<byte[]> corruptedNotifications() {
        Arbitrary<byte[]> fixtures = Arbitraries.of(
                        "put.json", "delete.json", "multi-record.json", "sns-put.json", "sns-test-event.json")
                .map(Fixtures::bytes);
        return fixtures.flatMap(original -> Arbitraries.integers()
                .between(0, original.length - 1)
                .list()
                .ofMinSize(1)
                .ofMaxSize(4)
                .flatMap(positions -> Arbitraries.of(JSON_NOISE)
                        .list()
                        .ofSize(positions.size())
                        .map(noise -> corrupt(original, positions, noise))));
    }

    private static byte[] corrupt(byte[] original, List<Integer> positions, List<Byte> noise) {
        byte[] copy = original.clone();
        for (int i = 0; i < positions.size(); i++) {
            copy[positions.get(i)] = noise.get(i);
        }
        return copy;
    }

    private static void assertParsesOrRejectsSafely(byte[] body) {
        try {
            ParsedNotification parsed = S3Notifications.parse(body, S3EventSource.SQS);
            assertThat(parsed.testEvent() || !parsed.events().isEmpty()).isTrue();
        } catch (S3NotificationException rejected) {
            assertThat(rejected.getMessage()).isNotBlank().hasSizeLessThan(300);
            assertThat(rejected.getStackTrace()).isEmpty();
        }
    }
}
