package io.vigil.api.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TextSniffTest {

    private static boolean wholeFile(byte[] bytes) {
        return TextSniff.looksLikeText(bytes, bytes.length, true);
    }

    @Test
    void shouldAcceptUtf8TextAndAnEmptyFile() {
        assertThat(wholeFile("sensor_id,value\nß-1,2.5 °C\n".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(wholeFile(new byte[0])).isTrue();
    }

    @Test
    void shouldRefuseANulByteOrInvalidUtf8() {
        assertThat(wholeFile(new byte[] {'a', 0, 'b'})).isFalse();
        assertThat(wholeFile(new byte[] {'a', (byte) 0xC3, '('})).isFalse();
        assertThat(wholeFile(new byte[] {'a', (byte) 0xE2, (byte) 0x82})).isFalse();
    }

    @Test
    void shouldLookAtTheFirst8KiBOnlyAndAcceptACharacterCutThere() {
        byte[] bytes = new byte[TextSniff.SNIFF_BYTES + 10];
        Arrays.fill(bytes, (byte) 'a');
        byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(euro, 0, bytes, TextSniff.SNIFF_BYTES - 1, euro.length);
        bytes[TextSniff.SNIFF_BYTES + 5] = 0;

        assertThat(TextSniff.looksLikeText(bytes, bytes.length, true)).isTrue();
        assertThat(TextSniff.looksLikeText(bytes, TextSniff.SNIFF_BYTES, false)).isTrue();
        assertThat(TextSniff.looksLikeText(bytes, TextSniff.SNIFF_BYTES, true)).isFalse();
    }
}
