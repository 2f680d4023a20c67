package io.vigil.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeyTest {

    @Test
    void shouldSplitPrefixAndSecret() {
        ApiKey key = ApiKey.parse("admin_1a2b.c2VjcmV0LXNlY3JldC1zZWNy").orElseThrow();

        assertThat(key.prefix()).isEqualTo("admin_1a2b");
        assertThat(key.secret()).isEqualTo("c2VjcmV0LXNlY3JldC1zZWNy");
        assertThat(key.value()).isEqualTo("admin_1a2b.c2VjcmV0LXNlY3JldC1zZWNy");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "nodot",
                ".c2VjcmV0LXNlY3JldC1zZWNy",
                "prefix.",
                "prefix.short",
                "pre fix.c2VjcmV0LXNlY3JldC1zZWNy",
                "prefix.c2VjcmV0LXNlY3JldC1zZWNy.extra",
                "prefix.c2VjcmV0LXNlY3JldC1zZWNy=="
            })
    void shouldRejectMalformedKeys(String value) {
        assertThat(ApiKey.parse(value)).isEmpty();
    }

    @Test
    void shouldRejectOversizedKeysWithoutParsingThem() {
        assertThat(ApiKey.parse("p." + "a".repeat(ApiKey.MAX_LENGTH))).isEmpty();
        assertThat(ApiKey.parse(null)).isEmpty();
    }

    @Test
    void shouldNeverPrintTheSecret() {
        ApiKey key = ApiKey.parse("admin_1a2b.c2VjcmV0LXNlY3JldC1zZWNy").orElseThrow();

        assertThat(key.toString()).contains("admin_1a2b").doesNotContain("c2VjcmV0");
    }
}
