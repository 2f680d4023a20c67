package io.vigil.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AdminKeyAuthenticatorTest {

    private static final String ADMIN_KEY = "admin_1a2b.c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0";

    private final AdminKeyAuthenticator authenticator = new AdminKeyAuthenticator(ADMIN_KEY);

    @Test
    void shouldAcceptTheAdminKeyWithEveryScope() {
        ApiPrincipal principal = authenticator
                .authenticate(ApiKey.parse(ADMIN_KEY).orElseThrow())
                .orElseThrow();

        assertThat(principal.keyPrefix()).isEqualTo("admin_1a2b");
        assertThat(principal.tenant()).isEmpty();
        assertThat(principal.scopes()).containsExactlyInAnyOrder(Scope.values());
    }

    @Test
    void shouldRejectAnotherSecretUnderTheSamePrefix() {
        ApiKey other =
                ApiKey.parse("admin_1a2b.c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0X").orElseThrow();

        assertThat(authenticator.authenticate(other)).isEmpty();
    }

    @Test
    void shouldRejectTheSameSecretUnderAnotherPrefix() {
        ApiKey other =
                ApiKey.parse("admin_9999.c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0").orElseThrow();

        assertThat(authenticator.authenticate(other)).isEmpty();
    }

    @Test
    void shouldRefuseAMalformedConfiguredKeyWithoutEchoingIt() {
        assertThatThrownBy(() -> new AdminKeyAuthenticator("not-a-key-secretvalue"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("secretvalue");
    }
}
