package io.vigil.topology.uptime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoreIdsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"8419537941919820732", "a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d", "store 7", "café-Ö", "店舗-😀"})
    void shouldAcceptPrintableIds(String id) {
        assertThat(StoreIds.problem(id)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", " a", "a ", "a\u0000b", "a\tb", "a\u200Bb", "a\u2028b", "a\uE000b", "a\uD800b"})
    void shouldRejectEmptyIdsBlankEndsAndInvisibleCharacters(String id) {
        assertThat(StoreIds.problem(id)).isPresent();
    }

    @Test
    void shouldAcceptAtMost128Characters() {
        assertThat(StoreIds.isValid("x".repeat(StoreIds.MAX_CHARS))).isTrue();
        assertThat(StoreIds.isValid("x".repeat(StoreIds.MAX_CHARS + 1))).isFalse();
    }
}
