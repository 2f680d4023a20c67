package io.vigil.schema.s3.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.vigil.schema.s3.S3EventSource;

/**
 * Any body SQS or SNS delivers either parses or is refused with {@link S3NotificationException}, whose message is
 * short enough to go into a dead-letter header. Seeds: {@code S3NotificationsFuzzTestInputs}, the AWS examples.
 */
class S3NotificationsFuzzTest {

    private static final int MAX_MESSAGE_CHARS = 1_000;

    @FuzzTest(maxDuration = "5s")
    void shouldReturnEventsOrRefuseWithItsOwnException(byte[] body) {
        try {
            ParsedNotification parsed = S3Notifications.parse(body, S3EventSource.SQS);
            assertThat(parsed.testEvent() || !parsed.events().isEmpty()).isTrue();
        } catch (S3NotificationException e) {
            assertThat(e.getMessage()).hasSizeLessThan(MAX_MESSAGE_CHARS);
        }
    }
}
