package io.vigil.topology.delivery.expectation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StreamKeysTest {

    @Test
    void shouldJoinClientAndStreamWithASlash() {
        assertThat(StreamKeys.of("acme", "orders.daily")).isEqualTo("acme/orders.daily");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "acme", "Acme_Corp-2.0", "...", ".hidden", "-"})
    void shouldAcceptIdsOfSafeCharacters(String id) {
        assertThat(StreamKeys.isValidId(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "..", "a/b", "a b", "a%2F", "über", "a\u0000"})
    void shouldRefuseIdsThatAreNotSafeInKeysAndPaths(String id) {
        assertThat(StreamKeys.isValidId(id)).isFalse();
    }

    @Test
    void shouldRefuseNullAndIdsLongerThan128() {
        assertThat(StreamKeys.isValidId(null)).isFalse();
        assertThat(StreamKeys.isValidId("x".repeat(128))).isTrue();
        assertThat(StreamKeys.isValidId("x".repeat(129))).isFalse();
    }
}
