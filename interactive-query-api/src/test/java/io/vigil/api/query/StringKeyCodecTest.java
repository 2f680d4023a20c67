package io.vigil.api.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.api.error.ApiException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StringKeyCodecTest {

    private final KeyCodec<String> codec = KeyCodec.strings();

    @Test
    void shouldKeepKeysAsTheyAreAndSerialiseThemAsUtf8() {
        assertThat(codec.decode("my-bucket/some key")).isEqualTo("my-bucket/some key");
        assertThat(codec.encode("bucket")).isEqualTo("bucket");
        assertThat(codec.serializer().serialize("topic", "\u00e9"))
                .isEqualTo("\u00e9".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldRejectEmptyOversizedAndControlCharacterKeys() {
        for (String bad :
                new String[] {"", "a".repeat(StringKeyCodec.MAX_KEY_LENGTH + 1), "line\nbreak", "nul\u0000"}) {
            assertThatThrownBy(() -> codec.decode(bad))
                    .isInstanceOfSatisfying(
                            ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
        }
    }
}
