package io.vigil.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.api.auth.ApiPrincipal;
import io.vigil.api.auth.Scope;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ApiServerRateLimitTest {

    private static final String OTHER_KEY = "other_1.b3RoZXItb3RoZXItb3RoZXItb3RoZXItb3RoZXI";

    /** More requests than a bucket of rate 1 can hold, however slowly the machine sends them. */
    private static final int MAX_BURST = 50;

    private static TestApi start(int ratePerKey, int ratePerIp) {
        return TestApi.start(
                new ApiSettings(
                        "127.0.0.1",
                        0,
                        ApiSettings.DEFAULT_MAX_REQUEST_BYTES,
                        ratePerKey,
                        ratePerIp,
                        ConnectionLimits.DEFAULTS),
                List.of(routes -> routes.get("/ping", ctx -> ctx.result("pong"))),
                key -> key.value().equals(TestApi.ADMIN_KEY)
                        ? Optional.of(new ApiPrincipal("admin_test", Optional.empty(), Set.of(Scope.ADMIN)))
                        : key.value().equals(OTHER_KEY)
                                ? Optional.of(new ApiPrincipal("other_1", Optional.empty(), Set.of(Scope.READ)))
                                : Optional.empty(),
                List.of());
    }

    /** Sends requests until one is refused; every response, the refusal last. */
    private static List<HttpResponse<String>> burstUntilRefused(Supplier<HttpResponse<String>> request) {
        List<HttpResponse<String>> responses = new ArrayList<>();
        while (responses.size() < MAX_BURST
                && (responses.isEmpty() || responses.get(responses.size() - 1).statusCode() != 429)) {
            responses.add(request.get());
        }
        return responses;
    }

    private static void assertRefusedAfterABurstOfTwo(List<HttpResponse<String>> responses) {
        assertThat(responses).hasSizeGreaterThan(2);
        assertThat(responses.subList(0, responses.size() - 1))
                .allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        HttpResponse<String> refused = responses.get(responses.size() - 1);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(refused.body()).startsWith("{\"error\":\"rate-limited\",\"message\":");
    }

    private static String rejectedCount(TestApi api, String limit) {
        return api.registry()
                .scrape()
                .lines()
                .filter(line -> line.startsWith("vigil_http_rate_limited_total{limit=\"" + limit + "\"}"))
                .findFirst()
                .orElse("");
    }

    @Test
    void shouldAnswer429WithRetryAfterAndTheJsonErrorWhenAKeyBurstsBeyondItsLimit() {
        try (TestApi api = start(1, 0)) {
            assertRefusedAfterABurstOfTwo(burstUntilRefused(() -> api.get("/ping")));

            assertThat(rejectedCount(api, "key")).endsWith(" 1.0");
        }
    }

    @Test
    void shouldLimitEachKeyOnItsOwn() {
        try (TestApi api = start(1, 0)) {
            burstUntilRefused(() -> api.get("/ping"));

            HttpResponse<String> other = api.send(api.request("/ping").header("X-API-Key", OTHER_KEY));

            assertThat(other.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void shouldAnswer429WithRetryAfterAndTheJsonErrorWhenAnIpBurstsBeyondItsLimitOnAPublicRoute() {
        try (TestApi api = start(0, 1)) {
            assertRefusedAfterABurstOfTwo(burstUntilRefused(() -> api.send(api.request("/metrics"))));

            assertThat(rejectedCount(api, "ip")).endsWith(" 1.0");
        }
    }

    @Test
    void shouldCountRequestsToUnknownRoutesAgainstTheIpLimit() {
        try (TestApi api = start(0, 1)) {
            burstUntilRefused(() -> api.send(api.request("/no/such/route")));

            assertThat(api.send(api.request("/metrics")).statusCode()).isEqualTo(429);
        }
    }

    @Test
    void shouldLimitAnIpWhateverKeysItPresents() {
        try (TestApi api = start(0, 1)) {
            burstUntilRefused(() -> api.get("/ping"));

            HttpResponse<String> other = api.send(api.request("/ping").header("X-API-Key", OTHER_KEY));

            assertThat(other.statusCode()).isEqualTo(429);
        }
    }

    @Test
    void shouldKeepAnsweringHealthAndReadinessPollsFromAnIpOverItsLimit() {
        try (TestApi api = start(0, 1)) {
            burstUntilRefused(() -> api.send(api.request("/metrics")));

            for (int poll = 0; poll < 5; poll++) {
                assertThat(api.send(api.request("/health")).statusCode()).isEqualTo(200);
                assertThat(api.send(api.request("/ready")).statusCode()).isEqualTo(200);
            }
        }
    }
}
