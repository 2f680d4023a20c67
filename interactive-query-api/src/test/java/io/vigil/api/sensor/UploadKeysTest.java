package io.vigil.api.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UploadKeysTest {

    @Test
    void shouldPutARandomSegmentAndTheSafeNameUnderThePrefix() {
        UploadKeys keys = new UploadKeys("readings/");

        String first = keys.newKey("day 1.csv");
        String second = keys.newKey("day 1.csv");

        assertThat(first).matches("readings/[0-9a-f]{16}/day_1\\.csv");
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void shouldReduceNamesToSafeCharactersAndTheirLastPathSegment() {
        assertThat(UploadKeys.safeName("C:\\Users\\me\\Mesures été.csv")).isEqualTo("Mesures__t_.csv");
        assertThat(UploadKeys.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(UploadKeys.safeName("..")).isEqualTo("upload");
        assertThat(UploadKeys.safeName(null)).isEqualTo("upload");
        assertThat(UploadKeys.safeName("a".repeat(300) + ".csv")).hasSize(UploadKeys.MAX_NAME_LENGTH);
    }

    @Test
    void shouldKeepTheClientsNameForDisplayWithoutControlCharacters() {
        assertThat(UploadKeys.displayName("/tmp/Mesures été.csv")).isEqualTo("Mesures été.csv");
        assertThat(UploadKeys.displayName("a\u0000b\nc.csv")).isEqualTo("abc.csv");
        assertThat(UploadKeys.displayName("x".repeat(400))).hasSize(UploadKeys.MAX_DISPLAY_NAME_LENGTH);
        assertThat(UploadKeys.displayName("  ")).isEqualTo("upload");
    }
}
