package io.vigil.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CredentialExtractorTest {

    private final CredentialExtractor extractor = new CredentialExtractor();

    private Optional<String> extract(Map<String, String> headers) {
        return extractor.extract(headers::get);
    }

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldReadTheApiKeyHeader() {
        assertThat(extract(Map.of("X-API-Key", " p.key "))).contains("p.key");
    }

    @Test
    void shouldReadABearerTokenWhateverTheSchemeCase() {
        assertThat(extract(Map.of("Authorization", "bearer p.key"))).contains("p.key");
        assertThat(extract(Map.of("Authorization", "Bearer p.key"))).contains("p.key");
    }

    @Test
    void shouldReadTheBasicPasswordAndIgnoreTheUser() {
        assertThat(extract(Map.of("Authorization", basic("kcat:p.key")))).contains("p.key");
        assertThat(extract(Map.of("Authorization", basic(":p.key")))).contains("p.key");
    }

    @Test
    void shouldPreferTheApiKeyHeaderOverAuthorization() {
        assertThat(extract(Map.of("X-API-Key", "a.key", "Authorization", "Bearer b.key")))
                .contains("a.key");
    }

    @Test
    void shouldFindNothingInMalformedOrForeignCredentials() {
        assertThat(extract(Map.of())).isEmpty();
        assertThat(extract(Map.of("Authorization", "Bearer"))).isEmpty();
        assertThat(extract(Map.of("Authorization", "Bearer "))).isEmpty();
        assertThat(extract(Map.of("Authorization", "Basic !!!not-base64"))).isEmpty();
        assertThat(extract(Map.of("Authorization", basic("user-without-password:"))))
                .isEmpty();
        assertThat(extract(Map.of("Authorization", basic("no-colon")))).isEmpty();
        assertThat(extract(Map.of("Authorization", "Digest username=x"))).isEmpty();
        assertThat(extract(Map.of("Authorization", "Bearer " + "x".repeat(2000))))
                .isEmpty();
    }

    @Test
    void shouldFindTheUiCookieAmongOthers() {
        assertThat(extractor.extractUiCookie(Map.of("Cookie", "a=1; vigil_key=p.key ; b=2")::get))
                .contains("p.key");
        assertThat(extractor.extractUiCookie(Map.of("Cookie", "not_vigil_key=p.key")::get))
                .isEmpty();
        assertThat(extractor.extractUiCookie(Map.of("Cookie", "vigil_key=")::get))
                .isEmpty();
        assertThat(extractor.extractUiCookie(Map.<String, String>of()::get)).isEmpty();
    }

    @Test
    void shouldNotTakeTheUiCookieForAHeaderCredential() {
        assertThat(extract(Map.of("Cookie", "vigil_key=p.key"))).isEmpty();
    }
}
