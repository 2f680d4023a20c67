package io.vigil.schema.s3.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class S3NotificationExceptionTest {

    @Test
    void shouldQuoteShortInputWhole() {
        assertThat(S3NotificationException.quote("yesterday")).isEqualTo("\"yesterday\"");
    }

    @Test
    void shouldQuoteAtMostAHundredCodePoints() {
        String emoji = "\uD83D\uDE00"; // one code point, two chars: the cut must not split it

        assertThat(S3NotificationException.quote("a".repeat(100))).isEqualTo("\"" + "a".repeat(100) + "\"");
        assertThat(S3NotificationException.quote("a".repeat(101))).isEqualTo("\"" + "a".repeat(100) + "\"…");
        assertThat(S3NotificationException.quote(emoji.repeat(150))).isEqualTo("\"" + emoji.repeat(100) + "\"…");
    }

    @Test
    void shouldReplaceControlCharactersSoAMessageStaysOneLine() {
        assertThat(S3NotificationException.quote("a\r\nb\u0000c\u0085")).isEqualTo("\"a??b?c?\"");
    }

    @Test
    void shouldCarryNoStackTrace() {
        assertThat(new S3NotificationException("Records is empty").getStackTrace())
                .isEmpty();
    }
}
