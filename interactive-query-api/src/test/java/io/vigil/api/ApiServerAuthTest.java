package io.vigil.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.api.auth.ApiPrincipal;
import io.vigil.api.auth.AuthFilter;
import io.vigil.api.auth.Scope;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApiServerAuthTest {

    private static final String INGEST_KEY = "ingest_1.aW5nZXN0LWluZ2VzdC1pbmdlc3QtaW5nZXN0";

    private final TestApi api = TestApi.start(
            ApiSettings.of("127.0.0.1", 0),
            List.of(routes -> {
                routes.get(
                        "/open-to-keys",
                        ctx -> ctx.result(
                                AuthFilter.principal(ctx).orElseThrow().keyPrefix()));
                routes.get("/read-only", ctx -> ctx.result("read"), Scope.READ);
                routes.post("/change", ctx -> ctx.result("changed"));
            }),
            key -> key.value().equals(TestApi.ADMIN_KEY)
                    ? Optional.of(new ApiPrincipal("admin_test", Optional.empty(), Set.of(Scope.ADMIN)))
                    : key.value().equals(INGEST_KEY)
                            ? Optional.of(new ApiPrincipal("ingest_1", Optional.of("t1"), Set.of(Scope.INGEST)))
                            : Optional.empty(),
            List.of());

    @AfterEach
    void close() {
        api.close();
    }

    @Test
    void shouldAnswer401WithChallengeWhenNoKeyIsPresented() {
        HttpResponse<String> response = api.send(api.request("/open-to-keys").GET());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).contains("Bearer", "Basic"));
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(response.body()).contains("\"error\":\"unauthorized\"");
    }

    @Test
    void shouldAcceptTheKeyInEachSupportedHeader() {
        String basic =
                Base64.getEncoder().encodeToString(("anyone:" + TestApi.ADMIN_KEY).getBytes(StandardCharsets.UTF_8));

        assertThat(api.send(api.request("/open-to-keys").header("X-API-Key", TestApi.ADMIN_KEY))
                        .body())
                .isEqualTo("admin_test");
        assertThat(api.send(api.request("/open-to-keys").header("Authorization", "Bearer " + TestApi.ADMIN_KEY))
                        .body())
                .isEqualTo("admin_test");
        assertThat(api.send(api.request("/open-to-keys").header("Authorization", "Basic " + basic))
                        .body())
                .isEqualTo("admin_test");
    }

    @Test
    void shouldRejectUnknownAndMalformedKeysAlike() {
        HttpResponse<String> unknown = api.send(
                api.request("/open-to-keys").header("X-API-Key", "admin_test.d3Jvbmctd3Jvbmctd3Jvbmctd3Jvbmc"));
        HttpResponse<String> malformed = api.send(api.request("/open-to-keys").header("X-API-Key", "no-dot-here"));

        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(malformed.statusCode()).isEqualTo(401);
        assertThat(unknown.body()).isEqualTo(malformed.body()).doesNotContain("d3Jvbmc");
    }

    @Test
    void shouldAnswer403WhenTheKeyLacksTheRoutesScope() {
        HttpResponse<String> ingest = api.send(api.request("/read-only").header("X-API-Key", INGEST_KEY));
        HttpResponse<String> admin = api.send(api.request("/read-only").header("X-API-Key", TestApi.ADMIN_KEY));

        assertThat(ingest.statusCode()).isEqualTo(403);
        assertThat(ingest.body()).contains("\"error\":\"forbidden\"");
        assertThat(admin.statusCode()).isEqualTo(200);
    }

    @Test
    void shouldAcceptTheUiCookieForReads() {
        HttpResponse<String> response =
                api.send(api.request("/open-to-keys").header("Cookie", "theme=dark; vigil_key=" + TestApi.ADMIN_KEY));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("admin_test");
    }

    @Test
    void shouldRefuseAChangeAuthorisedOnlyByTheUiCookieUnlessTheUiScriptMadeIt() {
        String cookie = "vigil_key=" + TestApi.ADMIN_KEY;
        HttpResponse<String> fromAForm = api.send(api.request("/change")
                .header("Cookie", cookie)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> fromTheUi = api.send(api.request("/change")
                .header("Cookie", cookie)
                .header(AuthFilter.UI_REQUEST_HEADER, AuthFilter.UI_REQUEST_MARK)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));

        assertThat(fromAForm.statusCode()).isEqualTo(403);
        assertThat(fromAForm.body()).doesNotContain("changed");
        assertThat(fromTheUi.statusCode()).isEqualTo(200);
        assertThat(fromTheUi.body()).isEqualTo("changed");
    }

    @Test
    void shouldPreferAKeyHeaderOverTheUiCookie() {
        HttpResponse<String> response = api.send(api.request("/change")
                .header("Cookie", "vigil_key=unknown.key")
                .header("X-API-Key", TestApi.ADMIN_KEY)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void shouldServePublicRoutesWithoutAKey() {
        for (String path : List.of("/health", "/ready", "/metrics", "/openapi.json", "/openapi.yaml", "/docs")) {
            assertThat(api.send(api.request(path).GET()).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(api.send(api.request("/docs/swagger-ui-bundle.js").GET()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void shouldNotLetAPublicPrefixOpenOtherRoutes() {
        HttpResponse<String> response =
                api.send(api.request("/docs/../open-to-keys").GET());

        assertThat(response.statusCode()).isIn(400, 401, 404);
        assertThat(response.body()).doesNotContain("admin_test");
    }
}
